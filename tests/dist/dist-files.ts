import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const distDir = process.env.OUT_DIR ?? 'dist';

/** Every HTML file in dist/ (the built site), outside Pagefind's and Astro's asset folders. */
export function builtHtmlFiles(dir = distDir): string[] {
  if (!existsSync(dir)) throw new Error(`${dir}/ is missing: run \`npm run build\` before the dist tests.`);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory() && e.name !== 'pagefind' && e.name !== '_astro') walk(p);
      else if (e.isFile() && e.name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
