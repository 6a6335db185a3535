import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every HTML page in the built site (OUT_DIR or dist/) with its URL path, except the 404 page. */
export function readBuiltPages(dir = process.env.OUT_DIR ?? 'dist'): { path: string; html: string }[] {
  const out: { path: string; html: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      else if (e.name === 'index.html') {
        const rel = relative(dir, d).split(sep).join('/');
        out.push({ path: rel ? `/${rel}/` : '/', html: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(dir);
  return out;
}
