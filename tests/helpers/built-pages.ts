import { readdirSync } from 'node:fs';
import { builtHtmlFiles } from '../../src/lib/built-pages';
import { contentDir } from '../../src/lib/content-dir';

export { builtHtmlFiles, distDir, readBuiltPages, type BuiltFile } from '../../src/lib/built-pages';

/** Every HTML page of the built site, as a URL path ("/", "/medications/", "/404.html"). */
export const builtPages = (): string[] => builtHtmlFiles().map((f) => f.path);

/** The article pages: one per content/guide/<slug>.mdx. */
export const articlePaths = (): string[] =>
  readdirSync(`${contentDir()}/guide`).filter((f) => f.endsWith('.mdx')).map((f) => `/${f.slice(0, -4)}/`).sort();

/** A batch of pages that one browser test visits in turn, and the name that test carries. */
export interface PageGroup { name: string; paths: string[] }

/**
 * Splits pages into batches for tests that check many pages in one browser page: by language
 * (/es/… apart from the rest), then at most `size` pages a batch, so the batches still share out
 * across workers. Each test names its page in every failure (expect.soft(…, path)).
 */
export function pageGroups(paths: string[], size = 8): PageGroup[] {
  const byLang = new Map<string, string[]>();
  for (const path of paths) {
    const lang = path.startsWith('/es/') ? 'es' : 'en';
    byLang.set(lang, [...(byLang.get(lang) ?? []), path]);
  }
  const groups: PageGroup[] = [];
  for (const [lang, list] of byLang) {
    const count = Math.ceil(list.length / size);
    // Even batches: 17 pages in 3 batches of 6, 6 and 5 rather than 8, 8 and 1.
    const each = Math.ceil(list.length / count);
    for (let i = 0; i < count; i++) {
      const part = list.slice(i * each, (i + 1) * each);
      if (part.length) groups.push({ name: `${lang} ${i + 1}/${count}: ${part[0]} … ${part.at(-1)}`, paths: part });
    }
  }
  return groups;
}
