import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, readBuiltPages } from '../helpers/built-pages';

// The two editions: each page says its language, names its twin in the other language both ways
// (hreflang), and offers a language switch that goes there. Every English page has a Spanish twin
// and the other way round (issue 14): the two page lists match one to one.
const built = readBuiltPages().map((p) => ({ path: p.path, doc: parse(p.html) }));
const noindex = (doc: (typeof built)[number]['doc']) => doc.querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
const pages = built.filter((p) => !noindex(p.doc));
const spanish = pages.filter((p) => p.path.startsWith('/es/'));
const english = pages.filter((p) => !p.path.startsWith('/es/'));
const alternate = (doc: (typeof pages)[number]['doc'], lang: string) =>
  new URL(doc.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.getAttribute('href') ?? 'x:/').pathname;

describe('two languages', () => {
  test('every page says its language', () => {
    for (const p of pages) expect(p.doc.querySelector('html')?.getAttribute('lang'), p.path).toBe(p.path.startsWith('/es/') ? 'es' : 'en');
  });

  for (const [lang, mine, other] of [['es', spanish, 'en'], ['en', english, 'es']] as const) {
    test(`every ${lang === 'es' ? 'Spanish' : 'English'} page has a twin that names it back, and the switch goes there`, () => {
      expect(mine.length).toBeGreaterThanOrEqual(18);
      for (const p of mine) {
        const twin = alternate(p.doc, other);
        const back = pages.find((e) => e.path === twin);
        expect(back, `${p.path} → ${twin}`).toBeDefined();
        expect(alternate(back!.doc, lang), twin).toBe(p.path);
        expect(p.doc.querySelector('a.language-link')?.getAttribute('href'), p.path).toBe(twin);
      }
    });
  }

  test('the two page lists match one to one', () => {
    const twins = english.map((p) => alternate(p.doc, 'es')).sort();
    expect(new Set(twins).size).toBe(english.length);
    expect(twins).toEqual(spanish.map((p) => p.path).sort());
  });

  test('pages left out above (noindex) are only the redirects at old addresses', () => {
    // Otherwise a page marked noindex by mistake would escape the twin checks.
    for (const p of built.filter((b) => noindex(b.doc))) expect(p.doc.querySelector('meta[http-equiv="refresh"]'), p.path).not.toBeNull();
  });

  test('Netlify answers an unknown address under a language folder with that language\'s not-found page (netlify.toml)', () => {
    const rules = [...readFileSync('netlify.toml', 'utf8').matchAll(/\[\[redirects\]\]\s*from = "([^"]+)"\s*to = "([^"]+)"\s*status = (\d+)/g)].map((m) => [m[1], m[2], Number(m[3])]);
    const folders = builtHtmlFiles().filter((f) => /^\/[a-z]{2}\/404\.html$/.test(f.path)).map((f) => f.path.slice(0, 4));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) expect(rules, folder).toContainEqual([`${folder}*`, `${folder}404.html`, 404]);
  });

  test('each language has its own not-found page, noindex, whose switch goes to the other home page', () => {
    const notFound = builtHtmlFiles().filter((f) => /(^|\/)404\.html$/.test(f.path));
    expect(notFound.map((f) => f.path).sort()).toEqual(['/404.html', '/es/404.html']);
    for (const f of notFound) {
      const doc = parse(readFileSync(f.file, 'utf8'));
      const lang = f.path.startsWith('/es/') ? 'es' : 'en';
      expect(doc.querySelector('html')?.getAttribute('lang'), f.path).toBe(lang);
      expect(noindex(doc), f.path).toBe(true);
      expect(doc.querySelector('a.language-link')?.getAttribute('href'), f.path).toBe(lang === 'es' ? '/' : '/es/');
      // Its list of articles is the guide in its own language.
      const links = doc.querySelectorAll('main ol a').map((a) => a.getAttribute('href') ?? '');
      expect(links.length, f.path).toBeGreaterThanOrEqual(9);
      for (const href of links) expect(href.startsWith('/es/'), `${f.path} ${href}`).toBe(lang === 'es');
    }
  });
});
