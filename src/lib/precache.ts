/**
 * What the service worker downloads up front. A small guide is precached whole, so it all works
 * offline after one visit; a big one would make every first visit download megabytes, so past a
 * budget only what a reader in trouble needs first is precached (the shell, the search entry, the
 * overdose and help pages) and the rest is filled in up to the budget, pages before search chunks.
 * Anything left out is cached as it is read (see src/after-build/service-worker.ts).
 */

export interface ManifestFile { url: string; size: number }

/** 5 MiB: about what a phone downloads in under a minute on a poor 3G connection. */
export const PRECACHE_BUDGET = 5 * 1024 * 1024;

/** Pages a reader in crisis must have offline, in either language. */
const URGENT_PAGES = /^(es\/)?(overdose|sobredosis|overdose-card|tarjeta-de-sobredosis|search|buscar)\/index\.html$/;

/** 0 = always precached; then filled in this order while the budget lasts. */
export function precacheRank(url: string): number {
  const u = url.replace(/^\//, '');
  if (/^_astro\//.test(u) || /^[^/]+\.(svg|png|webmanifest)$/.test(u) || /^(es\/)?(index|404)\.html$/.test(u)) return 0;
  if (URGENT_PAGES.test(u)) return 0;
  if (/^pagefind\/(pagefind\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta)$/.test(u) || u === 'search-terms.json') return 0;
  if (u.endsWith('.html')) return 1;
  if (u.endsWith('.pf_index') || u.endsWith('.pf_filter')) return 2;
  return 3;
}

/** What a reader needs first comes first: by rank, then by address. */
export const precacheOrder = (a: { url: string }, b: { url: string }) => precacheRank(a.url) - precacheRank(b.url) || a.url.localeCompare(b.url);

/**
 * The files to precache: every rank-0 file, then the others by rank (then address) while they fit
 * in the budget. `complete` says whether every file made it (then the whole guide is offline).
 */
export function choosePrecache<T extends ManifestFile>(files: T[], budget = PRECACHE_BUDGET): { kept: T[]; left: T[]; complete: boolean } {
  const ordered = [...files].sort(precacheOrder);
  const kept: T[] = [];
  const left: T[] = [];
  let used = 0;
  for (const f of ordered) {
    if (precacheRank(f.url) === 0 || used + f.size <= budget) {
      kept.push(f);
      used += f.size;
    } else left.push(f);
  }
  return { kept, left, complete: left.length === 0 };
}
