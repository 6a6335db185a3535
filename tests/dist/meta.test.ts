import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { distDir, readBuiltPages } from '../../scripts/built-pages';

// Sharing and finding: every indexable page says what it is to search engines and link previews.
const pages = readBuiltPages().filter((p) => !p.html.includes('name="robots" content="noindex"'));
const meta = (html: string, attr: string, name: string) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];

describe('sharing metadata', () => {
  test.each(pages.map((p) => [p.path, p.html]))('%s', (path, html) => {
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https://[^"]+${path.replace(/\//g, '\\/')}">`));
    expect(meta(html, 'name', 'description')?.length).toBeGreaterThan(20);
    for (const og of ['og:title', 'og:description', 'og:url', 'og:image']) expect(meta(html, 'property', og), og).toBeTruthy();
    expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
  });
});

test('articles carry schema.org MedicalWebPage data with their review date', () => {
  const article = pages.find((p) => p.path === '/medications/')!;
  const ld = JSON.parse(article.html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
  expect(ld['@type']).toBe('MedicalWebPage');
  expect(ld.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(ld.about.name).toMatch(/opioid use disorder/i);
});

test('the sitemap and robots.txt point search engines at every page', () => {
  const sitemap = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  for (const p of pages) expect(sitemap, p.path).toContain(`${p.path}</loc>`);
  expect(readFileSync(`${distDir}/robots.txt`, 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
});

test('the shared social image is a real PNG', () => {
  const png = readFileSync(`${distDir}/social.png`);
  expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(png.readUInt32BE(16)).toBe(1200);
});
