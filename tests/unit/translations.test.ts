import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translationProblems } from '../../src/lib/translations';

describe('the Spanish edition keeps up with the English', () => {
  it('every English article has a Spanish translation that follows its latest review, section for section', () => {
    const { stale, missing, headings } = translationProblems('content');
    expect(missing, 'English articles with no Spanish translation').toEqual([]);
    expect(stale).toEqual([]);
    expect(headings).toEqual([]);
  });

  it('names both files when the English article is reviewed again and the Spanish one is not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-'));
    cpSync('tests/fixtures/content-minimal', dir, { recursive: true });
    expect(translationProblems(dir).stale).toEqual([]);
    const article = join(dir, 'guide/fixture-article.mdx');
    writeFileSync(article, readFileSync(article, 'utf8').replace('lastReviewed: 2026-01-15', 'lastReviewed: 2026-03-01'));
    const { stale } = translationProblems(dir);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain(join(dir, 'es/guide/articulo-de-prueba.mdx'));
    expect(stale[0]).toContain(join(dir, 'guide/fixture-article.mdx'));
    expect(stale[0]).toContain('basedOn: 2026-03-01');
  });

  it('names a translation whose sections no longer pair with the original', () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-'));
    cpSync('tests/fixtures/content-minimal', dir, { recursive: true });
    const article = join(dir, 'guide/fixture-article.mdx');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n## A new section\n\nMore words.\n`);
    expect(translationProblems(dir).headings[0]).toMatch(/articulo-de-prueba\.mdx.*fixture-article\.mdx/);
  });
});
