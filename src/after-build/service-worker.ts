import { generateSW, getManifest, type RuntimeCaching } from 'workbox-build';
import { choosePrecache, PRECACHE_BUDGET } from '../lib/precache';

type ManifestEntry = { url: string; size: number; revision: string | null };

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
  // One pass over the files (Workbox lists and hashes them); the precache is chosen from it, and
  // the service worker is then written from that list without reading the files again.
  let chosen: ReturnType<typeof choosePrecache<ManifestEntry>> = { kept: [], left: [], complete: true };
  const listed = await getManifest({
    globDirectory: root,
    globPatterns: ['**/*.{html,css,js,svg,png,json,webmanifest,pagefind,pf_fragment,pf_index,pf_meta,pf_filter,wasm}'],
    // Pagefind also writes UIs we do not load; leave them out of the reader's download.
    globIgnores: [
      'sw.js',
      'workbox-*.js',
      'pagefind/pagefind-ui.*',
      'pagefind/pagefind-component-ui.*',
      'pagefind/pagefind-modular-ui.*',
      'pagefind/pagefind-worker.js',
      'pagefind/wasm.unknown.pagefind',
    ],
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    manifestTransforms: [
      (entries: ManifestEntry[]) => {
        chosen = choosePrecache(entries, budget);
        return { manifest: chosen.kept, warnings: [] };
      },
    ],
  });
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
