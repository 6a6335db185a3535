/**
 * The search part of the bench, runnable on its own against an existing build:
 *   npm run bench:search            (uses dist/, or OUT_DIR; run `npx astro build` first;
 *                                    BENCH_QUERY="…" measures another first search)
 * - first search: what typing one query on /search/ downloads once the page has loaded
 *   (Pagefind's script, WASM, index chunks, the first results' fragments), served by `astro preview`
 *   as production serves it (gzip for text, Pagefind's own files are compressed already), headers included;
 * - search quality: hit@1 and hit@3 of tests/search/queries.yaml (see tests/search/harness.ts).
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { files, freePort, startPreview, sum, track } from './measure';
import { hitAtK, loadQueries, runQueries, sectionParents, type Score } from '../tests/search/harness';

export const query = process.env.BENCH_QUERY ?? 'methadone';

/**
 * Types a query on /search/ and counts what the first search fetches.
 * With serviceWorkers 'block' that is the search's own cost; with 'allow' the service worker has usually
 * precached it all during the page load, so the search itself fetches almost nothing.
 */
export async function firstSearch(browser: Browser, base: string, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({ serviceWorkers });
  const net = track(context);
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'load' });
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

/** hit@1 and hit@3 of the query set, ranked as the search page ranks. */
export async function searchQuality(browser: Browser, base: string, dist: string): Promise<Quality> {
  const cases = loadQueries();
  const page = await browser.newPage();
  await page.goto(`${base}/search/`);
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
    const search = await firstSearch(browser, base, 'block');
    const quality = await searchQuality(browser, base, dist);
    await browser.close();
    const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
    console.log(`First search ("${query}"), no service worker: ${kib(search.transferred)} in ${search.requests} requests, ${search.results} results shown`);
    for (const f of search.files) console.log(`  ${kib(f.bytes).padStart(9)}  ${f.file}`);
    console.log(`Search quality, ${quality.queries} queries: hit@1 ${pct(quality.hitAt1)}, hit@3 ${pct(quality.hitAt3)}`);
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
