import { describe, expect, it } from 'vitest';
import { counterpart, langOf, langPath, pagePath, pagePaths, staleTranslations, untranslated } from '../../src/lib/i18n';

const articles = { medications: 'medicamentos', overdose: 'sobredosis' };

describe('addresses in two languages', () => {
  it('builds each language\'s address', () => {
    expect(langPath('en', 'medications')).toBe('/medications/');
    expect(langPath('es', 'medicamentos')).toBe('/es/medicamentos/');
    expect(langPath('es', '')).toBe('/es/');
    expect(langPath('en', '')).toBe('/');
  });

  it('tells the language from the address', () => {
    expect(langOf('/es/medicamentos/')).toBe('es');
    expect(langOf('/es/')).toBe('es');
    expect(langOf('/estimates/')).toBe('en');
    expect(langOf('/medications/')).toBe('en');
  });

  it('finds the same page in the other language, both ways', () => {
    expect(counterpart('/medications/', articles)).toBe('/es/medicamentos/');
    expect(counterpart('/es/medicamentos/', articles)).toBe('/medications/');
    expect(counterpart('/glossary/', articles)).toBe('/es/glosario/');
    expect(counterpart('/es/glosario/', articles)).toBe('/glossary/');
    expect(counterpart('/', articles)).toBe('/es/');
    expect(counterpart('/es/', articles)).toBe('/');
    expect(counterpart('/family-and-friends/', articles)).toBeNull();
  });

  it('pairs every page of the site with its Spanish page, both ways', () => {
    for (const [en, es] of [['self-check', 'autoevaluacion'], ['take-to-your-clinician', 'para-su-medico'], ['sources', 'fuentes'], ['privacy', 'privacidad'], ['overdose-card', 'tarjeta-de-sobredosis']]) {
      expect(counterpart(`/${en}/`, articles)).toBe(`/es/${es}/`);
      expect(counterpart(`/es/${es}/`, articles)).toBe(`/${en}/`);
    }
    // Two English pages sharing a Spanish slug would send one switch to the wrong page.
    expect(new Set(Object.values(pagePaths)).size).toBe(Object.keys(pagePaths).length);
  });

  it('gives the address of a page in each language by its English slug', () => {
    expect(pagePath('en', 'sources')).toBe('/sources/');
    expect(pagePath('es', 'sources')).toBe('/es/fuentes/');
    expect(pagePath('es', '')).toBe('/es/');
    expect(() => pagePath('es', 'no-such-page')).toThrow(/pagePaths/);
  });
});

describe('translations that fall behind', () => {
  const originals = [
    { file: 'content/guide/medications.mdx', id: 'medications', lastReviewed: new Date('2026-11-25') },
    { file: 'content/guide/overdose.mdx', id: 'overdose', lastReviewed: new Date('2026-12-02') },
  ];
  it('names both files when the English was reviewed after the date the Spanish follows', () => {
    const problems = staleTranslations(originals, [
      { file: 'content/es/guide/medicamentos.mdx', translationOf: 'medications', basedOn: new Date('2026-11-25') },
      { file: 'content/es/guide/sobredosis.mdx', translationOf: 'overdose', basedOn: new Date('2026-11-25') },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('content/es/guide/sobredosis.mdx');
    expect(problems[0]).toContain('content/guide/overdose.mdx');
    expect(problems[0]).toContain('basedOn: 2026-12-02');
  });

  it('reports a translation of an article that does not exist, and English articles with no translation', () => {
    const t = [{ file: 'content/es/guide/x.mdx', translationOf: 'nope', basedOn: new Date('2026-11-25') }];
    expect(staleTranslations(originals, t)[0]).toMatch(/translationOf "nope"/);
    expect(untranslated(originals, [{ file: 'a', translationOf: 'overdose', basedOn: new Date() }])).toEqual(['content/guide/medications.mdx']);
  });
});
