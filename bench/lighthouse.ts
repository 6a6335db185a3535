/**
 * Lighthouse for the bench: the CLI with default (mobile, simulated throttling) settings, run a few
 * times a page; the run with the median performance score is kept.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs } from '../tests/helpers/chromium';

const MiB = 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const lhRuns = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 5));
const chrome = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
interface Lhr {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

/** Lighthouse CLI, default (mobile, simulated throttling) settings, against the preview server. */
export function lighthouse(url: string) {
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
