import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The built site's HTML files, read after the build: the search index (src/after-build/search-index.ts)
 * and the tests of dist/ both start from here.
 */

/** The built site: OUT_DIR when a build was sent elsewhere, else dist/. */
export const distDir = process.env.OUT_DIR ?? 'dist';

/** A built HTML file and its URL path ("/", "/medications/", "/404.html"). */
export interface BuiltFile { file: string; path: string }

/** Every HTML file of the built site, outside Pagefind's and Astro's asset folders. */
export function builtHtmlFiles(dir = distDir): BuiltFile[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run \`npm run build\` first.`);
  const out: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const file = join(d, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(file);
      else if (e.isFile() && e.name.endsWith('.html')) {
        const rel = relative(dir, file).split(sep).join('/');
        out.push({ file, path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}` });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** The published pages: every index.html, so not the 404 page. */
export const publishedFiles = (dir = distDir): BuiltFile[] => builtHtmlFiles(dir).filter((f) => f.file.endsWith('index.html'));

/** The published pages with their HTML. */
export function readBuiltPages(dir = distDir): { path: string; html: string }[] {
  return publishedFiles(dir).map((f) => ({ path: f.path, html: readFileSync(f.file, 'utf8') }));
}
