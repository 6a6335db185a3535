import { generateSW, getManifest, type RuntimeCaching } from 'workbox-build';
import { choosePrecache, PRECACHE_BUDGET } from '../lib/precache';

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
  let complete = true;
  let left = 0;
  const common = {
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
    manifestTransforms: [
      (entries: { url: string; size: number; revision: string | null }[]) => {
        const chosen = choosePrecache(entries, budget);
        complete = chosen.complete;
        left = chosen.left.length;
        return { manifest: chosen.kept, warnings: [] };
      },
    ],
  };
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
  const { count, size, warnings } = await generateSW({
    ...common,
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
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // Whole guide offline: an address it lacks gets the cached 404 page. A partial precache
    // must not answer pages it lacks with the 404 page: they come from the network instead.
    ...((await wholeGuideFits(common, budget))
      ? { navigateFallback: '/404.html', navigateFallbackDenylist: [/^\/pagefind\//] }
      : { runtimeCaching }),
  });
  for (const w of warnings) warn(w);
  log(
    complete
      ? `Service worker precaches the whole guide: ${count} files (${Math.round(size / 1024)} KiB).`
      : `Service worker precaches ${count} files (${Math.round(size / 1024)} KiB, budget ${budget / 1024} KiB); ${left} more are cached as they are read.`,
  );
}

/** Whether every file fits in the precache budget (workbox's own file listing, nothing written). */
async function wholeGuideFits(
  options: { globDirectory: string; globPatterns: string[]; globIgnores: string[] },
  budget: number,
): Promise<boolean> {
  let fits = true;
  await getManifest({
    ...options,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    manifestTransforms: [
      (entries) => {
        fits = choosePrecache(entries, budget).complete;
        return { manifest: entries, warnings: [] };
      },
    ],
  });
  return fits;
}
