import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/**
 * After the site and its search index are written, Workbox precaches all of it into dist/sw.js,
 * so every article, the glossary and search keep working offline after a first visit.
 * Each deploy gets new revisions; the old cache is dropped (cleanupOutdatedCaches).
 * Only the site's own files are cached; nothing about the reader is stored.
 */
export default function serviceWorker(): AstroIntegration {
  return {
    name: 'guide:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: root,
          globPatterns: ['**/*.{html,css,js,svg,png,json,webmanifest,pagefind,pf_fragment,pf_index,pf_meta,pf_filter,wasm}'],
          // Pagefind also writes UIs we do not load; leave them out of the reader's download.
          globIgnores: ['sw.js', 'workbox-*.js', 'pagefind/pagefind-ui.*', 'pagefind/pagefind-component-ui.*', 'pagefind/pagefind-modular-ui.*', 'pagefind/pagefind-worker.js', 'pagefind/wasm.unknown.pagefind'],
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
          navigateFallback: '/404.html',
          navigateFallbackDenylist: [/^\/pagefind\//],
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        });
        for (const w of warnings) logger.warn(w);
        logger.info(`Service worker precaches ${count} files (${Math.round(size / 1024)} KiB).`);
      },
    },
  };
}
