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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { writeCorpus } from './corpus';
import { chromiumArgs } from '../tests/helpers/chromium';

const KiB = 1024;
const MiB = 1024 * KiB;
const BUDGET = { articleHtml: 14 * KiB, css: 10 * KiB, firstSearch: 100 * KiB, lighthouse: 100, buildMemory: 2048 * MiB };

const root = fileURLToPath(new URL('..', import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter((n) => n > 0);
const lhRuns = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 5));
const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const query = 'methadone';

// ---------- building ----------

/** A copy of the project (what Tailwind would scan), with node_modules as a folder of links so caches stay private. */
function snapshot(work: string): string {
  const site = join(work, 'site');
  const skip = ['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench/out'].map((s) => join(root, s));
  cpSync(root, site, { recursive: true, filter: (src) => !skip.includes(src) });
  mkdirSync(join(site, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== '.vite' && name !== '.astro') symlinkSync(join(root, 'node_modules', name), join(site, 'node_modules', name));
  }
  return site;
}

/** Resident memory of a process and all its descendants, in bytes (Pagefind's indexer is a child process). */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const p of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(p)]);
    } catch { /* the process ended while we looked */ }
  }
  const rss = (p: number): number => {
    let kib = 0;
    try { kib = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0); } catch { /* ended */ }
    return kib * KiB + (children.get(p) ?? []).reduce((sum, c) => sum + rss(c), 0);
  };
  return rss(pid);
}

interface Build {
  label: string; articles: number; pages: number; seconds: number; peakBytes: number; precacheBytes: number | null;
  longest?: { slug: string; htmlGzip: number }; ok: boolean; log: string;
}

/** The guide's longest article in a build: the biggest HTML file among content/guide's pages. */
function longestArticle(content: string, dist: string) {
  const slugs = readdirSync(join(content, 'guide')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
  const size = (slug: string) => statSync(join(dist, slug, 'index.html')).size;
  const slug = slugs.reduce((a, b) => (size(b) > size(a) ? b : a));
  return { slug, htmlGzip: gzipBytes(join(dist, slug, 'index.html')) };
}

/** `astro build` in the snapshot, timed, with the process tree's peak memory polled every 100 ms. */
async function build(label: string, site: string, articles: number, env: Record<string, string>): Promise<Build> {
  const log = join(site, '..', `${label}.log`);
  const out = openSync(log, 'w');
  const start = performance.now();
  const child = spawn(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', out, out],
  });
  let peakBytes = 0;
  const poll = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  closeSync(out);
  const seconds = (performance.now() - start) / 1000;
  const text = readFileSync(log, 'utf8');
  const pages = Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? 0);
  // What a first visit downloads in the background once the service worker installs (null: no service worker).
  const precache = /Service worker precaches \d+ files \((\d+) KiB\)/.exec(text);
  return { label, articles, pages, seconds, peakBytes, precacheBytes: precache ? Number(precache[1]) * KiB : null, ok: code === 0, log };
}

// ---------- serving and measuring pages ----------

async function freePort(): Promise<number> {
  const server = createServer().listen(0);
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** `astro preview` serves dist/ gzipped, with the security headers, as production does. */
async function startPreview(site: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)], { cwd: site, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    if (await fetch(`http://localhost:${port}/`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not answer within 20 s');
}

/** `sw`: fetched by the service worker (its precache), not by the page. */
interface Response { url: string; type: string; bytes: number; sw: boolean }

/** Bytes on the wire for one URL, asked again from Node: Chromium reports no body size for a worker's own script. */
function wireBytes(url: string): Promise<number> {
  return new Promise((done, fail) =>
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length)).on('end', () => done(bytes));
    }).on('error', fail),
  );
}

/** Records every response in a browser context with its transferred size (encoded body + headers). */
function track(context: BrowserContext) {
  const rows: Promise<Response>[] = [];
  let inflight = 0;
  context.on('request', () => inflight++);
  context.on('requestfailed', () => inflight--);
  context.on('requestfinished', (req) => {
    inflight--;
    const sw = req.serviceWorker() !== null;
    rows.push(
      (async () => {
        const [s, res] = await Promise.all([req.sizes(), req.response()]);
        const missing = s.responseBodySize === 0 && res?.status() === 200 && !res.fromServiceWorker();
        const body = missing ? await wireBytes(req.url()) : s.responseBodySize;
        return { url: req.url(), type: req.resourceType(), bytes: body + s.responseHeadersSize, sw };
      })(),
    );
  });
  return {
    mark: () => rows.length,
    since: (mark: number) => Promise.all(rows.slice(mark)),
    /** Waits until nothing has been in flight for `quiet` ms: lazy loads and fetches after `load` count too. */
    async settle(quiet = 1000) {
      for (let still = 0; still < quiet; still += 50) {
        await new Promise((r) => setTimeout(r, 50));
        if (inflight > 0) still = 0;
      }
    },
  };
}

const sum = (rows: Response[], type?: string) => rows.filter((r) => !type || r.type === type).reduce((s, r) => s + r.bytes, 0);
const byPage = (rows: Response[]) => rows.filter((r) => !r.sw);
const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

interface PageWeight {
  path: string; htmlGzip: number; cssGzip: number; css: string[]; jsOnLoad: number; transferredOnLoad: number; requests: number;
  swPrecache: number; swRequests: number; files: { file: string; type: string; bytes: number; sw: boolean }[]; headings: number; textLength: number;
}
const files = (rows: Response[]) => rows.map((r) => ({ file: new URL(r.url).pathname, type: r.type, bytes: r.bytes, sw: r.sw }));

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
    headings: await page.locator('main :is(h1, h2, h3)').count(),
    textLength: (await page.locator('main').innerText()).length,
  };
  await context.close();
  return result;
}

/**
 * Types a query on /search/ and counts what the first search fetches (Pagefind's script, WASM, index, fragments).
 * With serviceWorkers 'block' that is the search's own cost; with 'allow' the service worker has usually
 * precached it all during the page load, so the search itself fetches almost nothing.
 */
async function firstSearch(browser: Browser, base: string, serviceWorkers: 'allow' | 'block') {
  const context = await browser.newContext({ serviceWorkers });
  const net = track(context);
  const page = await context.newPage();
  await page.goto(`${base}/search/`, { waitUntil: 'load' });
  await net.settle();
  const mark = net.mark();
  await page.locator('.pagefind-ui__search-input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
  await net.settle();
  // Chromium fetches the favicon lazily, whenever it likes: not part of the search.
  const rows = (await net.since(mark)).filter((r) => !r.url.endsWith('/favicon.svg'));
  const results = await page.locator('.pagefind-ui__result').count();
  await context.close();
  return { query, transferred: sum(rows), requests: rows.length, results, files: files(rows) };
}

/** The article with JavaScript off: every heading visible and (nearly) all of main's text there. */
async function readableWithoutJs(browser: Browser, base: string, withJs: PageWeight) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(base + withJs.path, { waitUntil: 'load' });
  const headings = page.locator('main :is(h1, h2, h3)');
  const count = await headings.count();
  let visible = 0;
  for (let i = 0; i < count; i++) if (await headings.nth(i).isVisible()) visible++;
  const textLength = (await page.locator('main').innerText()).length;
  await context.close();
  // Scripts may add a few words (copy buttons, labels); the reading text itself must not depend on them.
  const readable = count === withJs.headings && visible === count && textLength >= 0.9 * withJs.textLength;
  return { readable, headings: count, headingsVisible: visible, textLength, textLengthWithJs: withJs.textLength };
}

// ---------- Lighthouse ----------

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
interface Lhr {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

/** Lighthouse CLI, default (mobile, simulated throttling) settings, against the preview server. */
function lighthouse(url: string) {
  const run = (attempt = 1): Lhr => {
    const { stdout, stderr } = spawnSync(
      process.execPath,
      [join(root, 'node_modules/lighthouse/cli/index.js'), url, '--output=json', '--output-path=stdout', '--quiet',
        `--only-categories=${categories.join(',')}`, `--chrome-flags=--headless ${chromiumArgs.join(' ')}`],
      { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', maxBuffer: 256 * MiB },
    );
    let lhr: Lhr | undefined;
    try { lhr = JSON.parse(stdout) as Lhr; } catch { /* no report at all: stderr says why */ }
    if (lhr && !lhr.runtimeError) return lhr;
    // Lighthouse sometimes loses the trace (NO_NAVSTART) on a busy machine: try again before giving up.
    if (attempt < 3) return run(attempt + 1);
    throw new Error(`Lighthouse on ${url}: ${lhr?.runtimeError?.message ?? stderr}`);
  };
  const runs = Array.from({ length: lhRuns }, () => run());
  const score = (lhr: Lhr, c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const lhr = runs.sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(runs.length / 2)];
  return {
    scores: Object.fromEntries(categories.map((c) => [c, score(lhr, c)])) as Record<(typeof categories)[number], number>,
    performanceRuns: runs.map((r) => score(r, 'performance')),
    // What cost points: the weighted audits that did not pass.
    failing: categories.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => { const a = lhr.audits[ref.id]; return `${c}: ${a.title}${a.displayValue ? ` ${a.displayValue}` : ''} (score ${a.score})`; }),
    ),
  };
}

// ---------- report ----------

const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const mib = (bytes: number) => `${Math.round(bytes / MiB)} MiB`;
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

interface Budget { name: string; measured: string; limit: string; pass: boolean | null }

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
    const paths = { home: '/', article: `/${siteBuild.longest.slug}/`, search: '/search/' };

    const port = await freePort();
    const base = `http://localhost:${port}`;
    preview = await startPreview(site, port);
    console.log(`Measuring pages in Chromium at ${base}…`);
    const browser = await chromium.launch({ executablePath: chrome, args: chromiumArgs });
    const pages = {
      home: await weigh(browser, base, dist, paths.home),
      article: await weigh(browser, base, dist, paths.article),
      search: await weigh(browser, base, dist, paths.search),
    };
    const search = await firstSearch(browser, base, 'block');
    const searchWithSw = await firstSearch(browser, base, 'allow');
    const noJs = await readableWithoutJs(browser, base, pages.article);
    await browser.close();

    console.log(`Running Lighthouse (${lhRuns} run(s) a page)…`);
    const lh = { home: lighthouse(base + paths.home), article: lighthouse(base + paths.article), search: lighthouse(base + paths.search) };
    preview.kill();
    preview = undefined;

    const builds = [siteBuild];
    for (const n of sizes) {
      console.log(`Building a synthetic corpus of ${n} articles…`);
      const dir = join(work, `corpus-${n}`);
      writeCorpus(dir, n, site);
      const b = await build(`corpus-${n}`, site, n, { CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') });
      // Pages that list every article get longer with the corpus: watch the article budget at scale too.
      if (b.ok) b.longest = longestArticle(dir, join(dir, 'dist'));
      else {
        failed = true;
        console.error(`The ${n}-article build failed:\n${readFileSync(b.log, 'utf8').slice(-3000)}`);
      }
      builds.push(b);
      rmSync(dir, { recursive: true, force: true }); // thousands of pages: free the disk before the next size
    }

    const names = { home: 'Home', article: 'Longest article', search: 'Search' } as const;
    const largest = builds.find((b) => b.articles === 5000);
    const budgets: Budget[] = [
      { name: 'Article HTML (gzip)', measured: kib(pages.article.htmlGzip), limit: kib(BUDGET.articleHtml), pass: pages.article.htmlGzip <= BUDGET.articleHtml },
      ...(['home', 'article', 'search'] as const).map((k) => ({
        name: `CSS per page (gzip): ${names[k]}`, measured: kib(pages[k].cssGzip), limit: kib(BUDGET.css), pass: pages[k].cssGzip <= BUDGET.css,
      })),
      {
        name: 'Article readable with JavaScript off',
        measured: `${noJs.headingsVisible}/${noJs.headings} headings, ${noJs.textLength}/${noJs.textLengthWithJs} characters (JS loaded anyway as enhancements: ${kib(pages.article.jsOnLoad)})`,
        limit: '0 bytes of JS needed', pass: noJs.readable,
      },
      { name: 'First search transferred (no service worker)', measured: kib(search.transferred), limit: kib(BUDGET.firstSearch), pass: search.transferred <= BUDGET.firstSearch },
      ...(['home', 'article', 'search'] as const).map((k) => ({
        name: `Lighthouse: ${names[k]}`, measured: categories.map((c) => lh[k].scores[c]).join(' / '), limit: '100 / 100 / 100 / 100',
        pass: categories.every((c) => lh[k].scores[c] >= BUDGET.lighthouse),
      })),
      {
        name: '5,000-article build peak memory', measured: largest?.ok ? mib(largest.peakBytes) : largest ? 'build failed' : 'not run (BENCH_SIZES)',
        limit: mib(BUDGET.buildMemory), pass: largest?.ok ? largest.peakBytes < BUDGET.buildMemory : largest ? false : null,
      },
    ];

    const pageTable = table(
      ['Page', 'HTML (gzip)', 'CSS (gzip)', 'JS on load', 'Transferred on load', 'Service worker precache on load', 'Lighthouse perf / a11y / best pr. / SEO'],
      (['home', 'article', 'search'] as const).map((k) => [
        `${names[k]} \`${pages[k].path}\``, kib(pages[k].htmlGzip), kib(pages[k].cssGzip), kib(pages[k].jsOnLoad),
        `${kib(pages[k].transferredOnLoad)} (${pages[k].requests} requests)`, `${kib(pages[k].swPrecache)} (${pages[k].swRequests} requests)`, categories.map((c) => lh[k].scores[c]).join(' / '),
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
      `First search ("${query}"): ${kib(search.transferred)} in ${search.requests} requests without a service worker; ` +
        `${kib(searchWithSw.transferred)} in ${searchWithSw.requests} requests once the service worker has precached the site during the page load.`,
      buildTable,
      budgetTable,
    ].join('\n\n');

    const report = { generatedAt: when, machine, paths, pages, firstSearch: search, firstSearchWithServiceWorker: searchWithSw, noJavaScript: noJs, lighthouse: lh, builds: builds.map(({ log, ...b }) => b), budgets };
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
        '## First search without a service worker: files',
        table(['File', 'Transferred'], search.files.map((f) => [`\`${f.file}\``, kib(f.bytes)])),
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
