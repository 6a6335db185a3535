import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { gradeOfCopy, gradeOfMdx, gradeOfSentence } from '../../src/lib/readability';
import { readArticleFiles } from '../../src/lib/article-files';
import { copyFilesToRead, exemptFromGrade, notShownToReaders } from '../../src/lib/copy-files';

const guide = readArticleFiles('content/guide');
const articles = guide.map((a) => `${a.id}.mdx`);
const article = (f: string) => guide.find((a) => `${a.id}.mdx` === f)!;
const body = (f: string) => article(f).body;

describe('plain language: Flesch-Kincaid grade 8 or lower (text-readability)', () => {
  test('the guide has its nine articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(9);
  });
  test.each(articles)('%s', (f) => {
    expect(gradeOfMdx(body(f))).toBeLessThanOrEqual(8);
  });
  test.each(readArticleFiles('content/pages').map((p) => [p.file, p.body]))('%s', (_, text) => {
    expect(gradeOfMdx(text)).toBeLessThanOrEqual(8);
  });
  // The words outside the articles: the chrome (ui.yaml), the tools (needs, self-check, …) and the facts shown as tables and lists.
  test.each(copyFilesToRead.filter((f) => !(f in exemptFromGrade)))('content/%s', (f) => {
    expect(gradeOfCopy(parse(readFileSync(join('content', f), 'utf8')))).toBeLessThanOrEqual(8);
  });
  test('every copy file in content/ is measured', () => {
    const yamlFiles = readdirSync('content').filter((f) => f.endsWith('.yaml') && !notShownToReaders.includes(f));
    expect(yamlFiles.filter((f) => !copyFilesToRead.includes(f))).toEqual([]);
  });
  test('the copy measure is not blind: it reads every string, links and placeholders included', () => {
    const dense = { a: { text: 'Buprenorphine, a semisynthetic partial agonist at the [mu-opioid receptor](/x/) with high affinity, attenuates {symptoms} while exhibiting a ceiling effect on respiratory depression.' }, href: '/ignored/' };
    expect(gradeOfCopy(dense)).toBeGreaterThan(8);
  });
  test('the measure is not blind: dense prose scores above grade 8', () => {
    const dense = '## Pharmacology\n\nBuprenorphine, a semisynthetic partial agonist at the mu-opioid receptor with high affinity and slow dissociation kinetics, attenuates withdrawal symptomatology while exhibiting a ceiling effect on respiratory depression, consequently diminishing the likelihood of fatal overdose relative to full agonists.';
    expect(gradeOfMdx(dense)).toBeGreaterThan(8);
  });
});

describe('key points: 3 to 5, each one sentence at grade 6 or lower', () => {
  const frontmatter = (f: string) => article(f).front as { keyPoints?: string[] };
  test.each(articles)('%s', (f) => {
    const points = frontmatter(f).keyPoints ?? [];
    expect(points.length, `${f}: keyPoints`).toBeGreaterThanOrEqual(3);
    expect(points.length, `${f}: keyPoints`).toBeLessThanOrEqual(5);
    for (const point of points) expect(gradeOfSentence(point), `${f}: "${point}"`).toBeLessThanOrEqual(6);
  });
  test('the measure is not blind: a dense key point scores above grade 6', () => {
    expect(gradeOfSentence('Buprenorphine maintenance substantially diminishes all-cause mortality among individuals with opioid use disorder.')).toBeGreaterThan(6);
  });
});

describe('our own words', () => {
  const tool = '../shared/tools/overlap.py';
  test('no run of 8+ words is shared with the source articles (../shared/tools/overlap.py)', () => {
    expect(existsSync(tool), `${tool} is missing: clone the project with shared/ beside it`).toBe(true);
    const run = spawnSync('python3', [tool, 'content', 'src'], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toMatch(/^0 shared run/m);
    expect(run.status).toBe(0);
  });
});

describe('phone numbers in articles', () => {
  // Every number the guide may print, checked digit by digit against SAMHSA, 988 and Poison Control.
  const known = new Set(['911', '988', '18006624357', '18004874889', '18002221222']);
  test.each(articles)('%s: every tel: link is a known line and shows the digits it dials', (f) => {
    for (const [, shown, dialled] of body(f).matchAll(/\[([^\]]+)\]\(tel:([^)]+)\)/g)) {
      expect(known, `${f}: tel:${dialled}`).toContain(dialled);
      expect(shown.replace(/\D/g, ''), `${f}: "${shown}" dials ${dialled}`).toBe(dialled);
    }
  });
  test.each(articles)('%s: no helpline number is left as plain text', (f) => {
    const plain = body(f).replace(/\[[^\]]*\]\(tel:[^)]+\)/g, '').match(/1-800-\d{3}-\d{4}/g);
    expect(plain, f).toBeNull();
  });
});

describe('glossary links', () => {
  test.each(articles)('%s links each glossary term once, at its first use', (f) => {
    const ids = [...body(f).matchAll(/<Term id="([^"]+)"/g)].map((m) => m[1]);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated, `${f}: <Term> used again for ${repeated.join(', ')}`).toEqual([]);
  });
});
