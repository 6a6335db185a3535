// The second half of `npm run build`: once `astro build` has written dist/ (or OUT_DIR), builds the
// search index and then the service worker (which precaches the index). It runs in a process of its
// own because Astro's process keeps the memory it used to bundle every article until it exits:
// Pagefind's indexer running beside it would add its own on top (bench/REPORT.md, build at scale).
import { resolve } from 'node:path';
import { writeSearchIndex } from '../src/after-build/search-index';
import { writeServiceWorker } from '../src/after-build/service-worker';
import { distDir } from '../src/lib/built-pages';

const site = resolve(distDir);
const say = (step: string) => (message: string) => console.log(`${new Date().toTimeString().slice(0, 8)} [${step}] ${message}`);
try {
  await writeSearchIndex(site, say('search'));
  await writeServiceWorker(site, say('service-worker'), (w) => console.warn(`[service-worker] warning: ${w}`));
} catch (error) {
  console.error(`After the build, in ${site}: ${(error as Error).message}`);
  process.exit(1);
}
