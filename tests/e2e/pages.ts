import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = process.env.OUT_DIR ?? 'dist';

/** Every HTML page of the built site, as a URL path ("/", "/medications/", "/404.html"). */
export function builtPages(dir = dist): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(p);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        out.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The article pages: every page with an "On this page" contents or a reference list. */
export const articlePaths = () =>
  builtPages().filter((p) => !['/', '/404.html', '/search/', '/glossary/', '/sources/', '/privacy/'].includes(p) && !p.startsWith('/self-check') && !p.startsWith('/take-to-'));
