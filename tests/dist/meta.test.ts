import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { distDir, readBuiltPages } from '../helpers/built-pages';

// Sharing and finding: every indexable page says what it is to search engines and link previews.
const pages = readBuiltPages()
  .map((p) => ({ path: p.path, doc: parse(p.html) }))
  .filter((p) => p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') !== 'noindex');
type Doc = (typeof pages)[number]['doc'];
const meta = (doc: Doc, attr: 'name' | 'property', name: string) => doc.querySelector(`meta[${attr}="${name}"]`)?.getAttribute('content');

describe('sharing metadata', () => {
  test.each(pages.map((p) => [p.path, p.doc] as const))('%s', (path, doc) => {
    const canonical = new URL(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '', 'invalid:/');
    expect(canonical.protocol).toBe('https:');
    expect(canonical.pathname).toBe(path);
    expect(meta(doc, 'name', 'description')?.length).toBeGreaterThan(20);
    for (const og of ['og:title', 'og:description', 'og:url', 'og:image']) expect(meta(doc, 'property', og), og).toBeTruthy();
    expect(meta(doc, 'name', 'twitter:card')).toBe('summary_large_image');
  });
});

test('articles carry schema.org MedicalWebPage data with their review date', () => {
  const article = pages.find((p) => p.path === '/medications/')!;
  const ld = JSON.parse(article.doc.querySelector('script[type="application/ld+json"]')!.textContent);
  expect(ld['@type']).toBe('MedicalWebPage');
  expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.about.name).toMatch(/opioid use disorder/i);
});

test('the sitemap and robots.txt point search engines at every page', () => {
  const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  for (const p of pages) expect(sitemap, p.path).toContain(`${p.path}</loc>`);
  expect(readFileSync(`${distDir}/robots.txt`, 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
});

test.each([['social.png', 1200, 630], ['icon-512.png', 512, 512]])('%s is a %i × %i PNG', async (file, width, height) => {
  const { format, width: w, height: h } = await sharp(readFileSync(`${distDir}/${file}`)).metadata();
  expect({ format, w, h }).toEqual({ format: 'png', w: width, h: height });
});
