import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A copy of the project in `dest` (what Tailwind would scan), with node_modules as a folder of links
 * so caches stay private. Astro writes its build chunks into the project's own .astro/, so builds
 * that run side by side (the fixture builds, the bench) each need a copy of their own.
 */
export function projectCopy(dest: string): string {
  const skip = ['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench/out'].map((s) => join(root, s));
  cpSync(root, dest, { recursive: true, filter: (src) => !skip.includes(src) });
  mkdirSync(join(dest, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.vite' && name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(dest, 'node_modules', name));
  }
  return dest;
}
