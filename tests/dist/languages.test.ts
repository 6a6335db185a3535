import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { readBuiltPages } from '../helpers/built-pages';

// The two editions: each page says its language, names its twin in the other language both ways
// (hreflang), and offers a language switch that goes there.
const pages = readBuiltPages()
  .map((p) => ({ path: p.path, doc: parse(p.html) }))
  .filter((p) => p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex');
const spanish = pages.filter((p) => p.path.startsWith('/es/'));
const english = pages.filter((p) => !p.path.startsWith('/es/'));
const alternate = (doc: (typeof pages)[number]['doc'], lang: string) =>
  new URL(doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href') ?? 'x:/').pathname;

/** English pages not yet translated (issue 14): Spanish pages link them and say "(en inglés)". */
const NOT_YET_IN_SPANISH = ['/overdose-card/', '/privacy/', '/self-check/', '/sources/', '/take-to-your-clinician/'];

describe('two languages', () => {
  test('every page says its language', () => {
    for (const p of pages) expect(p.doc.querySelector('html')?.getAttribute('lang'), p.path).toBe(p.path.startsWith('/es/') ? 'es' : 'en');
  });

  test('every Spanish page has an English twin that names it back, and the switch goes there', () => {
    expect(spanish.length).toBeGreaterThanOrEqual(13);
    for (const p of spanish) {
      const twin = alternate(p.doc, 'en');
      const back = pages.find((e) => e.path === twin);
      expect(back, `${p.path} → ${twin}`).toBeDefined();
      expect(alternate(back!.doc, 'es'), twin).toBe(p.path);
      expect(p.doc.querySelector('a.language-link')?.getAttribute('href'), p.path).toBe(twin);
    }
  });

  test('the English pages without a Spanish twin are exactly the ones not translated yet', () => {
    const lonely = english.filter((p) => !p.doc.querySelector('link[rel="alternate"][hreflang="es"]')).map((p) => p.path);
    expect(lonely.sort()).toEqual(NOT_YET_IN_SPANISH);
    for (const p of english.filter((e) => lonely.includes(e.path))) expect(p.doc.querySelector('a.language-link')?.getAttribute('href')).toBe('/es/');
  });
});
