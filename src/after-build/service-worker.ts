import { generateSW, getManifest, type RuntimeCaching } from 'workbox-build';
import { globSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { choosePrecache, PRECACHE_BUDGET, precacheOrder } from '../lib/precache';

// What may be precached, and what never is: Pagefind also writes UIs we do not load.
const FILES = '**/*.{html,css,js,svg,png,json,webmanifest,pagefind,pf_fragment,pf_index,pf_meta,pf_filter,wasm}';
const LEFT_OUT = [
  'sw.js',
  'workbox-*.js',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-worker.js',
  'pagefind/wasm.unknown.pagefind',
];
const MAX_FILE = 5 * 1024 * 1024;

/**
 * After the site and its search index are written, Workbox writes dist/sw.js. A guide within the
 * precache budget (src/lib/precache.ts) is precached whole, so every article, the glossary and
 * search keep working offline after a first visit. A bigger guide precaches what is urgent and as
 * much more as the budget allows; every other page and search file is kept as it is read.
 * Each deploy gets new revisions; the old cache is dropped (cleanupOutdatedCaches).
 * Only the site's own files are cached; nothing about the reader is stored.
 */
export async function writeServiceWorker(root: string, log: (message: string) => void, warn = log): Promise<void> {
  // PRECACHE_BUDGET_KIB overrides the budget, to try a big guide's behaviour on a small one.
  const budget = Number(process.env.PRECACHE_BUDGET_KIB ?? 0) * 1024 || PRECACHE_BUDGET;
  // The precache is chosen from the files' sizes first, so Workbox reads and hashes only the files
  // it will list (a 1,000-article guide has 10,000 files and precaches a few hundred).
  const files = globSync(FILES, { cwd: root, exclude: LEFT_OUT })
    .map((url) => ({ url: url.split(sep).join('/'), size: statSync(join(root, url)).size }))
    .filter((f) => f.size <= MAX_FILE);
  const chosen = choosePrecache(files, budget);
  const listed = await getManifest({
    globDirectory: root,
    globPatterns: chosen.complete ? [FILES] : chosen.kept.map((f) => f.url.replace(/[*?[\]{}()!+@\\]/g, '\\$&')),
    globIgnores: LEFT_OUT,
    maximumFileSizeToCacheInBytes: MAX_FILE,
    // In the chosen order (what a reader needs first): the order the service worker fetches them.
    manifestTransforms: [(entries) => ({ manifest: [...entries].sort(precacheOrder), warnings: [] })],
  });
  // Node's glob chose the list and Workbox's read it: if they ever disagree, say so rather than ship a different precache.
  if (listed.count !== chosen.kept.length) {
    throw new Error(
      `The service worker would precache ${listed.count} files where ${chosen.kept.length} were chosen: check FILES and LEFT_OUT in ${import.meta.filename}.`,
    );
  }
  // Pages and search files left out of the precache: the network first (fresh), the copy last read when offline.
  const runtimeCaching: RuntimeCaching[] = [
    {
      urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
      handler: 'NetworkFirst',
      options: { cacheName: 'guide-pages' },
    },
    {
      urlPattern: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/pagefind/'),
      handler: 'CacheFirst',
      options: { cacheName: 'guide-search' },
    },
  ];
  const { warnings } = await generateSW({
    // The chosen list, as it is: nothing globbed again (Workbox asks for a globDirectory all the same).
    globDirectory: root,
    globPatterns: [],
    additionalManifestEntries: listed.manifestEntries,
    swDest: `${root}/sw.js`,
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    directoryIndex: 'index.html',
    // /search/?q=… and ?highlight=… are the same cached page; Pagefind adds ?ts= to bust caches.
    ignoreURLParametersMatching: [/^q$/, /^highlight$/, /^ts$/, /^utm_/],
    // Whole guide offline: an address it lacks gets the cached 404 page. A partial precache
    // must not answer pages it lacks with the 404 page: they come from the network instead.
    ...(chosen.complete
      ? { navigateFallback: '/404.html', navigateFallbackDenylist: [/^\/pagefind\//] }
      : { runtimeCaching }),
  });
  for (const w of [...listed.warnings, ...warnings]) warn(w);
  // Workbox's own count and size of the chosen list (it strips each entry's size afterwards).
  const kib = Math.round(listed.size / 1024);
  log(
    chosen.complete
      ? `Service worker precaches the whole guide: ${listed.count} files (${kib} KiB).`
      : `Service worker precaches ${listed.count} files (${kib} KiB, budget ${budget / 1024} KiB); ${chosen.left.length} more are cached as they are read.`,
  );
}
