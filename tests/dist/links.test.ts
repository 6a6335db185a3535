import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { linkProblems, type Page } from '../../src/lib/link-check';
import { siteUrl } from '../../src/lib/site';
import { builtHtmlFiles, distDir } from '../helpers/built-pages';

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

test('every internal link and #fragment resolves, every external link is https on the allow-list', () => {
  const pages: Page[] = builtHtmlFiles().map((f) => ({ path: f.path, html: readFileSync(f.file, 'utf8') }));
  const assets = new Set(allFiles(distDir).map((f) => `/${relative(distDir, f).split(sep).join('/')}`));
  expect(pages.length).toBeGreaterThan(3);
  expect(linkProblems(pages, assets, siteUrl)).toEqual([]);
});
