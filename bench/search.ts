/**
 * The search part of the bench, runnable on its own against an existing build:
 *   npm run bench:search            (uses dist/, or OUT_DIR; run `npm run build` first;
 *                                    BENCH_QUERY="…" measures another first search)
 * - first search, for each edition (/search/ "methadone", /es/buscar/ "metadona"): what typing the query downloads once the page has loaded
 *   (Pagefind's script, WASM, index chunks, the first results' fragments), served by `astro preview`
 *   as production serves it (gzip for text, Pagefind's own files are compressed already), headers included;
 * - search quality: hit@1 and hit@3 of each edition's query set (tests/search/queries*.yaml; see tests/search/harness.ts).
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { files, freePort, startPreview, sum, track } from './measure';
import { hitAtK, loadQueries, runQueries, searchEditions, sectionParents, type Score, type SearchEdition } from '../tests/search/harness';

export { searchEditions };
/** The edition's first query, or BENCH_QUERY for the English one. */
export const queryOf = (edition: SearchEdition) => (edition.lang === 'en' && process.env.BENCH_QUERY) || edition.firstQuery;

/**
 * Types a query on /search/ and counts what the first search fetches.
 * With serviceWorkers 'block' that is the search's own cost; with 'allow' the service worker has usually
 * precached it all during the page load, so the search itself fetches almost nothing.
 */
export async function firstSearch(browser: Browser, base: string, serviceWorkers: 'allow' | 'block', edition: SearchEdition = searchEditions[0]) {
  const query = queryOf(edition);
  const context = await browser.newContext({ serviceWorkers });
  const net = track(context);
  const page = await context.newPage();
  await page.goto(base + edition.page, { waitUntil: 'load' });
  await net.settle();
  const mark = net.mark();
  await page.locator('#search-page-q').fill(query);
  await page.locator('#search-results a.result-link').first().waitFor({ timeout: 20_000 });
  await net.settle();
  // Chromium fetches the favicon lazily, whenever it likes: not part of the search.
  const rows = (await net.since(mark)).filter((r) => !r.url.endsWith('/favicon.svg'));
  const results = await page.locator('#search-results > li').count();
  await context.close();
  return { query, transferred: sum(rows), requests: rows.length, results, files: files(rows) };
}

export interface Quality { queries: number; hitAt1: Score; hitAt3: Score }

/** hit@1 and hit@3 of the edition's query set, ranked as its search page ranks. */
export async function searchQuality(browser: Browser, base: string, dist: string, edition: SearchEdition = searchEditions[0]): Promise<Quality> {
  const cases = loadQueries(edition.queries);
  const page = await browser.newPage();
  await page.goto(base + edition.page);
  const ranked = await runQueries(page, cases, 3);
  await page.close();
  const parents = sectionParents(dist);
  return { queries: cases.length, hitAt1: hitAtK(ranked, cases, parents, 1), hitAt3: hitAtK(ranked, cases, parents, 3) };
}

export const pct = (s: Score) => `${(s.rate * 100).toFixed(1)}% (${s.hits}/${s.total})`;

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dist = process.env.OUT_DIR ?? `${root}dist`;
  const port = await freePort();
  const preview = await startPreview(root, port);
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const base = `http://localhost:${port}`;
    const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
    for (const edition of searchEditions) {
      const search = await firstSearch(browser, base, 'block', edition);
      const quality = await searchQuality(browser, base, dist, edition);
      console.log(`${edition.page} first search ("${search.query}"), no service worker: ${kib(search.transferred)} in ${search.requests} requests, ${search.results} results shown`);
      for (const f of search.files) console.log(`  ${kib(f.bytes).padStart(9)}  ${f.file}`);
      console.log(`${edition.page} search quality, ${quality.queries} queries: hit@1 ${pct(quality.hitAt1)}, hit@3 ${pct(quality.hitAt3)}`);
    }
    await browser.close();
  } finally {
    preview.kill();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
