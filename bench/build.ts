/**
 * Building for the bench: a private copy of the project, and its build timed with the peak memory
 * of its whole process tree (Pagefind's indexer is a child process).
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes } from './measure';
import { projectCopy } from '../tests/helpers/project-copy';

const KiB = 1024;

/** A copy of the project for the bench's builds (tests/helpers/project-copy.ts). */
export const snapshot = (work: string): string => projectCopy(join(work, 'site'));

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

export interface Build {
  label: string; articles: number; pages: number; seconds: number; peakBytes: number; precacheBytes: number | null;
  longest?: { slug: string; htmlGzip: number }; ok: boolean; log: string;
}

/** The guide's longest article in a build: the biggest HTML file among content/guide's pages. */
export function longestArticle(content: string, dist: string) {
  const slugs = readdirSync(join(content, 'guide')).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
  const size = (slug: string) => statSync(join(dist, slug, 'index.html')).size;
  const slug = slugs.reduce((a, b) => (size(b) > size(a) ? b : a));
  return { slug, htmlGzip: gzipBytes(join(dist, slug, 'index.html')) };
}

/**
 * The project's own build, as `npm run build` runs it (Starlight's: `astro build`): each `&&` step
 * in turn, timed from the first start to the last end, with the process tree's peak memory polled
 * every 100 ms (the steps run one after the other, so the peak of the build is the largest of theirs).
 */
export async function build(label: string, site: string, articles: number, env: Record<string, string>): Promise<Build> {
  const log = join(site, '..', `${label}.log`);
  const out = openSync(log, 'w');
  const pkg = JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const steps = (pkg.scripts?.build ?? 'astro build').split('&&').map((s) => s.trim());
  const start = performance.now();
  let peakBytes = 0;
  let code: number | null = 0;
  for (const step of steps) {
    const child = spawn(step, {
      cwd: site,
      shell: true,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env, PATH: `${join(site, 'node_modules/.bin')}:${process.env.PATH}` },
      stdio: ['ignore', out, out],
    });
    const poll = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
    code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(poll);
    if (code !== 0) break;
  }
  closeSync(out);
  const seconds = (performance.now() - start) / 1000;
  const text = readFileSync(log, 'utf8');
  const pages = Number(/(\d+) page\(s\) built/.exec(text)?.[1] ?? 0);
  // What a first visit downloads in the background once the service worker installs (null: no service worker).
  const precache = /Service worker precaches (?:the whole guide: )?\d+ files \((\d+) KiB/.exec(text);
  return { label, articles, pages, seconds, peakBytes, precacheBytes: precache ? Number(precache[1]) * KiB : null, ok: code === 0, log };
}
