/**
 * Build cost at scale, side by side with the peer: the guide and Starlight build the same
 * synthetic corpus (bench/corpus.ts) one after the other on this machine; the table shows time and
 * peak memory and the guide's ratio to Starlight's (≤ 1.0 is the goal).
 *   npm run bench:scale              sizes from BENCH_SIZES (default 1000,5000)
 *   BENCH_STARLIGHT=0                skip the peer
 * Also run by `npm run bench`, which puts the table in bench/REPORT.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, longestArticle, snapshot, type Build } from './build';
import { writeCorpus } from './corpus';
import { starlightProject, STARLIGHT_VERSION, writeStarlightDocs } from './starlight';

const MiB = 1024 * 1024;

export interface ScaleRow { articles: number; guide: Build; peer?: Build }

/** Builds each size with the guide (in the snapshot `site`), then with Starlight; frees each corpus after. */
export async function scaleBuilds(work: string, site: string, sizes: number[], peer = process.env.BENCH_STARLIGHT !== '0'): Promise<ScaleRow[]> {
  const rows: ScaleRow[] = [];
  const project = peer ? starlightProject(join(tmpdir(), 'htg-bench-starlight')) : undefined;
  for (const n of sizes) {
    console.log(`Building a synthetic corpus of ${n} articles…`);
    const dir = join(work, `corpus-${n}`);
    writeCorpus(dir, n, site);
    const guide = await build(`corpus-${n}`, site, n, { CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), ASTRO_CACHE_DIR: join(dir, 'cache') });
    // Pages that list every article get longer with the corpus: watch the article budget at scale too.
    if (guide.ok) guide.longest = longestArticle(dir, join(dir, 'dist'));
    const row: ScaleRow = { articles: n, guide };
    if (project) {
      console.log(`…and the same ${n} articles with Starlight ${STARLIGHT_VERSION}…`);
      writeStarlightDocs(dir, project);
      rmSync(join(project, 'dist'), { recursive: true, force: true });
      rmSync(join(project, '.astro'), { recursive: true, force: true });
      row.peer = await build(`starlight-${n}`, project, n, {});
    }
    rows.push(row);
    rmSync(dir, { recursive: true, force: true }); // thousands of pages: free the disk before the next size
  }
  return rows;
}

/** The guide's figure over the peer's, as the report prints it. */
export const ratio = (a: number, b?: number) => (b ? (a / b).toFixed(2) : '–');

/** The side-by-side table (Markdown). */
export function scaleTable(rows: ScaleRow[]): string {
  const head = ['Articles', 'Guide time', `Starlight ${STARLIGHT_VERSION} time`, 'Time ratio', 'Guide peak memory', 'Starlight peak memory', 'Memory ratio'];
  const lines = rows.map(({ articles, guide, peer }) => [
    articles,
    guide.ok ? `${guide.seconds.toFixed(1)} s` : 'failed',
    peer ? (peer.ok ? `${peer.seconds.toFixed(1)} s` : 'failed') : 'not run',
    peer?.ok && guide.ok ? ratio(guide.seconds, peer.seconds) : '–',
    `${Math.round(guide.peakBytes / MiB)} MiB`,
    peer ? `${Math.round(peer.peakBytes / MiB)} MiB` : '–',
    peer?.ok && guide.ok ? ratio(guide.peakBytes, peer.peakBytes) : '–',
  ]);
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...lines.map((l) => `| ${l.join(' | ')} |`)].join('\n');
}

// CLI: npm run bench:scale
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number).filter((n) => n > 0);
  const work = mkdtempSync(join(tmpdir(), 'htg-scale-'));
  try {
    const rows = await scaleBuilds(work, snapshot(work), sizes);
    console.log(`\n${scaleTable(rows)}\n`);
    if (rows.some((r) => !r.guide.ok || (r.peer && !r.peer.ok))) process.exitCode = 1;
  } finally {
    if (!process.env.BENCH_KEEP) rmSync(work, { recursive: true, force: true });
  }
}
