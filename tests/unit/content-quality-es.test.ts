import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { proseOnly } from '../../src/lib/readability';
import { plainText } from '../../src/lib/reading';
import { inflesz, infleszBand } from '../../src/lib/readability-es';

// The Spanish articles as plain as the English: INFLESZ "bastante fácil" (65 to 80) or easier,
// the band validated on Spanish texts for patients (src/lib/readability-es.ts).
const dir = 'content/es/guide';
const articles = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
const text = (f: string) => plainText(proseOnly(readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, '')));

describe('plain Spanish: INFLESZ 65 or higher ("bastante fácil")', () => {
  test('the Spanish guide has its nine articles', () => expect(articles.length).toBeGreaterThanOrEqual(9));
  test.each(articles)('%s', (f) => {
    const score = inflesz(text(f));
    expect(score, `${f}: ${score.toFixed(1)} (${infleszBand(score)})`).toBeGreaterThanOrEqual(65);
  });
});

describe('help lines in Spanish articles', () => {
  test.each(articles)('%s: every tel: link shows the digits it dials and is a known line', (f) => {
    const body = readFileSync(join(dir, f), 'utf8');
    for (const [, shown, dialled] of body.matchAll(/\[([^\]]+)\]\(tel:(\d+)\)/g)) {
      expect(['911', '988', '18006624357', '18004874889', '18002221222'], `${f}: tel:${dialled}`).toContain(dialled);
      expect(shown.replace(/\D/g, ''), `${f}: ${shown}`).toBe(dialled);
    }
  });
});
