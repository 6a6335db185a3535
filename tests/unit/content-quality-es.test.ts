import { readArticleFiles } from '../../src/lib/article-files';
import { describe, expect, test } from 'vitest';
import { proseOnly } from '../../src/lib/readability';
import { plainText } from '../../src/lib/reading';
import { inflesz, infleszBand } from '../../src/lib/readability-es';

// The Spanish articles as plain as the English: INFLESZ "bastante fácil" (65 to 80) or easier,
// the band validated on Spanish texts for patients (src/lib/readability-es.ts).
const guide = readArticleFiles('content/es/guide');
const articles = guide.map((a) => a.file);
const body = (f: string) => guide.find((a) => a.file === f)!.body;
const text = (f: string) => plainText(proseOnly(body(f)));

describe('plain Spanish: INFLESZ 65 or higher ("bastante fácil")', () => {
  test('the Spanish guide has its nine articles', () => expect(articles.length).toBeGreaterThanOrEqual(9));
  test.each(articles)('%s', (f) => {
    const score = inflesz(text(f));
    expect(score, `${f}: ${score.toFixed(1)} (${infleszBand(score)})`).toBeGreaterThanOrEqual(65);
  });
});

describe('help lines in Spanish articles', () => {
  test.each(articles)('%s: every tel: link shows the digits it dials and is a known line', (f) => {
    for (const [, shown, dialled] of body(f).matchAll(/\[([^\]]+)\]\(tel:(\d+)\)/g)) {
      expect(['911', '988', '18006624357', '18004874889', '18002221222'], `${f}: tel:${dialled}`).toContain(dialled);
      expect(shown.replace(/\D/g, ''), `${f}: ${shown}`).toBe(dialled);
    }
  });
});
