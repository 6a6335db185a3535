import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { languages } from '../lib/i18n';

/**
 * Astro writes only the root 404 page as 404.html; src/pages/es/404.astro comes out as
 * es/404/index.html, a page address of its own. Hosts look for <folder>/404.html, and the site's
 * tests, search index and precache treat index.html files as published pages, so it moves to
 * es/404.html before the integrations after it read the site.
 */
export default function notFoundPages(): AstroIntegration {
  return {
    name: 'guide:not-found-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const site = fileURLToPath(dir);
        for (const lang of languages.filter((l) => l !== 'en')) {
          const built = join(site, lang, '404', 'index.html');
          if (!existsSync(built)) continue;
          renameSync(built, join(site, lang, '404.html'));
          rmdirSync(join(site, lang, '404'));
        }
      },
    },
  };
}

/** The sitemap leaves out every language's 404 page (it knows only the root one). */
export const notInSitemap = (url: string): boolean => !new RegExp(`/(${languages.join('|')})/404/$`).test(new URL(url).pathname);
