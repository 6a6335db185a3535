/**
 * npm run bench: page weight, Lighthouse scores and build cost, checked against the budgets below.
 * Writes bench/report.json and bench/REPORT.md. Not part of `npm test`: a full run takes minutes.
 *
 * It builds a copy of the project in a temp folder, not /work/main: whatever OUT_DIR says, Astro writes
 * its content-module list and prerender chunks into <root>/.astro/ (and Vite its cache into
 * node_modules/.vite), so building a synthetic corpus in place would race with anyone else's build.
 *
 *   BENCH_SIZES=1000     synthetic corpus sizes (default 1000,5000; 0 skips them)
 *   BENCH_LH_RUNS=5      Lighthouse runs per page (Lighthouse's own advice); the run with the median performance score is kept
 *   BENCH_KEEP=1         keep the temp folder (builds, logs) for a look afterwards
 *   CHROME_PATH          the browser (default /usr/bin/chromium)
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, longestArticle, snapshot } from './build';
import { ratio, scaleBuilds, scaleTable } from './scale';
import { categories, lighthouse } from './lighthouse';
import { byPage, files, freePort, gzipBytes, startPreview, sum, track } from './measure';
import { firstSearch, pct, searchEditions, searchQuality } from './search';
import { chromiumArgs } from '../tests/helpers/chromium';

const KiB = 1024;
const MiB = 1024 * KiB;
// Article HTML: 14 KiB until the clinical rewrite (CPR steps, medetomidine, telehealth dates) lengthened the
// longest articles; their reading text is ~85% of the page, and the Spanish text runs ~10% longer.
const BUDGET = { articleHtml: 20 * KiB, css: 10 * KiB, firstSearch: 100 * KiB, searchHitAt3: 0.95, lighthouse: 100, buildMemory: 2048 * MiB };

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter((n) => n > 0);
const lhRuns = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 5));
const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// ---------- serving and measuring pages ----------

interface PageWeight {
  path: string; htmlGzip: number; cssGzip: number; css: string[]; jsOnLoad: number; transferredOnLoad: number; requests: number;
  swPrecache: number; swRequests: number; files: { file: string; type: string; bytes: number; sw: boolean }[]; headings: number; textLength: number;
}

async function weigh(browser: Browser, base: string, dist: string, path: string): Promise<PageWeight> {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  // Stylesheets the page links, measured as files: what a reader's browser must fetch before it paints.
  const css = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /rel="?stylesheet/.test(tag)).map((tag) => /href="([^"]+)"/.exec(tag)![1]);
  const context = await browser.newContext();
  const net = track(context);
  const page = await context.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  await net.settle();
  const rows = await net.since(0);
  const result = {
    path,
    htmlGzip: gzipBytes(file),
    cssGzip: css.reduce((s, href) => s + gzipBytes(join(dist, href)), 0),
    css,
    jsOnLoad: sum(byPage(rows), 'script'),
    transferredOnLoad: sum(byPage(rows)),
    requests: byPage(rows).length,
    swPrecache: sum(rows.filter((r) => r.sw)),
    swRequests: rows.filter((r) => r.sw).length,
    files: files(rows),
    headings: await visibleHeadings(page),
    textLength: (await page.locator('main').innerText()).length,
  };
  await context.close();
  return result;
}

/** Headings in main that the reader sees at this width. */
const visibleHeadings = (page: Page) => page.locator('main :is(h1, h2, h3)').evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);

/** The article with JavaScript off: every heading visible and (nearly) all of main's text there. */
async function readableWithoutJs(browser: Browser, base: string, withJs: PageWeight) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + withJs.path, { waitUntil: 'load' });
  const count = await page.locator('main :is(h1, h2, h3)').count();
  const visible = await visibleHeadings(page);
  const textLength = (await page.locator('main').innerText()).length;
  await context.close();
  // Scripts may add a few words (copy buttons, labels); the reading text itself must not depend on them. Some
  // headings are hidden with or without scripts (the medication cards show only on narrow screens): compare what is seen.
  const readable = visible === withJs.headings && textLength >= 0.9 * withJs.textLength;
  return { readable, headings: count, headingsVisible: visible, headingsVisibleWithJs: withJs.headings, textLength, textLengthWithJs: withJs.textLength };
}

// ---------- report ----------

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const mib = (bytes: number) => `${Math.round(bytes / MiB)} MiB`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

interface Budget { name: string; measured: string; limit: string; pass: boolean | null }

const names = { home: 'Home', article: 'Longest article', search: 'Search', esArticle: 'Longest Spanish article', esSearch: 'Spanish search' } as const;
type PageKey = keyof typeof names;
const pageKeys = Object.keys(names) as PageKey[];

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'htg-bench-'));
  let preview: ChildProcess | undefined;
  let failed = false;
  try {
    const site = snapshot(work);
    console.log(`Building the site (a copy in ${site})…`);
    const siteBuild = await build('site', site, 0, { ASTRO_CACHE_DIR: join(work, 'site-cache') });
    if (!siteBuild.ok) throw new Error(`The site did not build: ${readFileSync(siteBuild.log, 'utf8').slice(-3000)}`);
    const dist = join(site, 'dist');

    siteBuild.articles = readdirSync(join(site, 'content/guide')).filter((f) => f.endsWith('.mdx')).length;
    siteBuild.longest = longestArticle(join(site, 'content'), dist);
    const esLongest = longestArticle(join(site, 'content/es'), join(dist, 'es'));
    const paths = { home: '/', article: `/${siteBuild.longest.slug}/`, search: '/search/', esArticle: `/es/${esLongest.slug}/`, esSearch: '/es/buscar/' };

    const port = await freePort();
    const base = `http://localhost:${port}`;
    preview = await startPreview(site, port);
    console.log(`Measuring pages in Chromium at ${base}…`);
    const browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs });
    const pages = {} as Record<PageKey, PageWeight>;
    for (const k of pageKeys) pages[k] = await weigh(browser, base, dist, paths[k]);
    // Each edition's first search (English, Spanish), and the English one again with the service worker allowed.
    const searches = [];
    for (const edition of searchEditions) searches.push({ edition, search: await firstSearch(browser, base, 'block', edition), quality: await searchQuality(browser, base, dist, edition) });
    const [{ search, quality }] = searches;
    const searchWithSw = await firstSearch(browser, base, 'allow');
    const noJs = await readableWithoutJs(browser, base, pages.article);
    await browser.close();

    console.log(`Running Lighthouse (${lhRuns} run(s) a page)…`);
    const lh = { home: lighthouse(base + paths.home), article: lighthouse(base + paths.article), search: lighthouse(base + paths.search) };
    preview.kill();
    preview = undefined;

    const scale = await scaleBuilds(work, site, sizes);
    const builds = [siteBuild, ...scale.map((r) => r.guide)];
    for (const r of scale) if (!r.guide.ok) {
      failed = true;
      console.error(`The ${r.articles}-article build failed:\n${readFileSync(r.guide.log, 'utf8').slice(-3000)}`);
    }

    const largest = builds.find((b) => b.articles === 5000);
    const budgets: Budget[] = [
      ...(['article', 'esArticle'] as const).map((k) => ({
        name: `Article HTML (gzip): ${names[k]}`, measured: kib(pages[k].htmlGzip), limit: kib(BUDGET.articleHtml), pass: pages[k].htmlGzip <= BUDGET.articleHtml,
      })),
      ...pageKeys.map((k) => ({
        name: `CSS per page (gzip): ${names[k]}`, measured: kib(pages[k].cssGzip), limit: kib(BUDGET.css), pass: pages[k].cssGzip <= BUDGET.css,
      })),
      {
        name: 'Article readable with JavaScript off',
        measured: `${noJs.headingsVisible}/${noJs.headingsVisibleWithJs} headings seen (${noJs.headings} in the page), ${noJs.textLength}/${noJs.textLengthWithJs} characters (JS loaded anyway as enhancements: ${kib(pages.article.jsOnLoad)})`,
        limit: '0 bytes of JS needed', pass: noJs.readable,
      },
      ...searches.flatMap(({ edition, search: s, quality: q }) => [
        { name: `First search transferred (no service worker): ${edition.page} "${s.query}"`, measured: kib(s.transferred), limit: kib(BUDGET.firstSearch), pass: s.transferred <= BUDGET.firstSearch },
        { name: `Search hit@3, ${edition.page} (${q.queries} queries; hit@1 ${pct(q.hitAt1)})`, measured: pct(q.hitAt3), limit: '95%', pass: q.hitAt3.rate >= BUDGET.searchHitAt3 },
      ]),
      ...(['home', 'article', 'search'] as const).map((k) => ({
        name: `Lighthouse: ${names[k]}`, measured: categories.map((c) => lh[k].scores[c]).join(' / '), limit: '100 / 100 / 100 / 100',
        pass: categories.every((c) => lh[k].scores[c] >= BUDGET.lighthouse),
      })),
      {
        name: '5,000-article build peak memory', measured: largest?.ok ? mib(largest.peakBytes) : largest ? 'build failed' : 'not run (BENCH_SIZES)',
        limit: mib(BUDGET.buildMemory), pass: largest?.ok ? largest.peakBytes < BUDGET.buildMemory : largest ? false : null,
      },
      // The goal against the peer (issue 11): no more time or memory than Starlight on the same corpus.
      ...scale.filter((r) => r.guide.ok && r.peer?.ok).flatMap(({ articles, guide, peer }) => [
        { name: `${articles}-article build time against Starlight`, measured: ratio(guide.seconds, peer!.seconds), limit: '1.00', pass: guide.seconds <= peer!.seconds },
        { name: `${articles}-article build memory against Starlight`, measured: ratio(guide.peakBytes, peer!.peakBytes), limit: '1.00', pass: guide.peakBytes <= peer!.peakBytes },
      ]),
    ];

    const pageTable = table(
      ['Page', 'HTML (gzip)', 'CSS (gzip)', 'JS on load', 'Transferred on load', 'Service worker precache on load', 'Lighthouse perf / a11y / best pr. / SEO'],
      pageKeys.map((k) => [
        `${names[k]} \`${pages[k].path}\``, kib(pages[k].htmlGzip), kib(pages[k].cssGzip), kib(pages[k].jsOnLoad),
        `${kib(pages[k].transferredOnLoad)} (${pages[k].requests} requests)`, `${kib(pages[k].swPrecache)} (${pages[k].swRequests} requests)`,
        k in lh ? categories.map((c) => lh[k as keyof typeof lh].scores[c]).join(' / ') : 'not run (same templates as English)',
      ]),
    );
    const buildTable = table(
      ['Build', 'Articles', 'Pages', 'Wall time', 'Peak memory (process tree RSS)', 'Longest article HTML (gzip)', 'Service worker precache (raw files)'],
      builds.map((b) => [
        b.label === 'site' ? 'The real site' : `Synthetic ${b.articles}`, b.articles, b.ok ? b.pages : 'failed', `${b.seconds.toFixed(1)} s`, mib(b.peakBytes),
        b.longest ? kib(b.longest.htmlGzip) : '–',
        b.precacheBytes === null ? '–' : b.precacheBytes > 10 * MiB ? mib(b.precacheBytes) : kib(b.precacheBytes),
      ]),
    );
    const budgetTable = table(['Budget', 'Measured', 'Limit', 'Result'], budgets.map((b) => [b.name, b.measured, b.limit, b.pass === null ? 'not measured' : b.pass ? 'pass' : '**FAIL**']));
    const when = new Date().toISOString();
    const machine = `${cpus().length} CPUs, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`;
    const summary = [
      pageTable,
      searches.map(({ edition, search: s, quality: q }) =>
        `First search on ${edition.page} ("${s.query}"): ${kib(s.transferred)} in ${s.requests} requests without a service worker. ` +
        `Search quality over ${q.queries} queries: hit@1 ${pct(q.hitAt1)}, hit@3 ${pct(q.hitAt3)}.`).join('\n\n'),
      `With the service worker allowed, the English first search fetched ${kib(searchWithSw.transferred)} in ${searchWithSw.requests} requests: it had precached the site during the page load.`,
      buildTable,
      `Side by side with the peer on the same corpus:\n\n${scaleTable(scale)}`,
      budgetTable,
    ].join('\n\n');

    const report = { generatedAt: when, machine, paths, pages, firstSearch: search, firstSearchWithServiceWorker: searchWithSw, searchQuality: { queries: quality.queries, hitAt1: quality.hitAt1.rate, hitAt3: quality.hitAt3.rate, missesAt3: quality.hitAt3.misses }, editions: searches.map(({ edition, search: s, quality: q }) => ({ page: edition.page, firstSearch: s, hitAt1: q.hitAt1.rate, hitAt3: q.hitAt3.rate, missesAt3: q.hitAt3.misses })), noJavaScript: noJs, lighthouse: lh, builds: builds.map(({ log, ...b }) => b), budgets };
    writeFileSync(join(root, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(
      join(root, 'bench/REPORT.md'),
      [
        '# Performance report',
        `Made by \`npm run bench\` on ${when} (${machine}). Sizes are KiB (1,024 bytes). "Transferred" is what Chromium received ` +
          'from `astro preview` (gzip, production headers), headers included, until nothing was in flight for a second. ' +
          '"Service worker precache" is what the service worker fetched in the background during that first visit. ' +
          'Lighthouse: default mobile settings (simulated throttling); the run with the median performance score is shown.',
        summary,
        '## Lighthouse: audits that cost points',
        ...(['home', 'article', 'search'] as const).map((k) => `### ${names[k]}\n${lh[k].failing.map((f) => `- ${f}`).join('\n') || '- none'}\n\nPerformance over ${lhRuns} run(s): ${lh[k].performanceRuns.join(', ')}`),
        ...searches.flatMap(({ edition, search: s }) => [`## First search on ${edition.page} without a service worker: files`, table(['File', 'Transferred'], s.files.map((f) => [`\`${f.file}\``, kib(f.bytes)]))]),
      ].join('\n\n') + '\n',
    );
    console.log(`\n${summary}\n`);
    for (const b of budgets) console.log(`${b.pass === null ? 'SKIP' : b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.measured} (limit ${b.limit})`);
    console.log('\nWrote bench/report.json and bench/REPORT.md');
  } finally {
    preview?.kill();
    if (process.env.BENCH_KEEP) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  // Budgets only report; a build that broke means the numbers are incomplete.
  if (failed) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
