import { readdirSync } from 'node:fs';
import { builtHtmlFiles } from '../../src/lib/built-pages';
import { contentDir } from '../../src/lib/content-dir';

export { builtHtmlFiles, distDir, readBuiltPages, type BuiltFile } from '../../src/lib/built-pages';

/** Every HTML page of the built site, as a URL path ("/", "/medications/", "/404.html"). */
export const builtPages = (): string[] => builtHtmlFiles().map((f) => f.path);

/** The article pages: one per content/guide/<slug>.mdx. */
export const articlePaths = (): string[] =>
  readdirSync(`${contentDir()}/guide`).filter((f) => f.endsWith('.mdx')).map((f) => `/${f.slice(0, -4)}/`).sort();
