import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { readBuiltPages } from '../helpers/built-pages';
import { searchRecords } from '../../src/lib/search-build';

/**
 * Search quality, shared by tests/e2e/search-quality.spec.ts and bench/run.ts: runs the query set
 * through the search page's own ranking (the <guide-search> element's find(), on the built index)
 * and scores it.
 *
 * A hit at k: among the first k results, one is the target section, or a subsection of it (an h3
 * under a target h2), or, for a bare page target, any section of that page; or one of the
 * alternatives the query set lists under `also`.
 */
export interface QueryCase { q: string; target: string; also?: string[]; kind?: string }
export interface Ranked { q: string; results: { url: string; excerpt: string }[] }

export const queriesFile = new URL('./queries.yaml', import.meta.url);

/** The two editions' search pages and query sets (the spec checks both; the bench measures both). */
export const searchEditions = [
  { lang: 'en', page: '/search/', queries: queriesFile, firstQuery: 'methadone', atLeast: 60 },
  { lang: 'es', page: '/es/buscar/', queries: new URL('./queries-es.yaml', import.meta.url), firstQuery: 'metadona', atLeast: 30 },
] as const;
export type SearchEdition = (typeof searchEditions)[number];

export function loadQueries(file: URL | string = queriesFile): QueryCase[] {
  return parse(readFileSync(file, 'utf8')) as QueryCase[];
}

/** Each h3 section's URL → its h2's URL, from the built site. */
export function sectionParents(dist = process.env.OUT_DIR ?? 'dist'): Map<string, string> {
  const parents = new Map<string, string>();
  for (const r of searchRecords(readBuiltPages(dist))) {
    if (r.section.parentId) parents.set(r.url, `${r.page.path}#${r.section.parentId}`);
  }
  return parents;
}

const strip = (url: string) => {
  const u = new URL(url, 'http://x');
  return u.pathname + (u.hash ? `#${decodeURIComponent(u.hash.slice(1))}` : '');
};

export function isHit(url: string, c: QueryCase, parents: Map<string, string>): boolean {
  const got = strip(url);
  return [c.target, ...(c.also ?? [])].some((want) => {
    if (!want.includes('#')) return got.split('#')[0] === want;
    return got === want || parents.get(got) === want;
  });
}

export interface Score { k: number; hits: number; total: number; rate: number; misses: { q: string; target: string; got: string[] }[] }

export function hitAtK(ranked: Ranked[], cases: QueryCase[], parents: Map<string, string>, k: number): Score {
  const misses: Score['misses'] = [];
  let hits = 0;
  ranked.forEach((r, i) => {
    const top = r.results.slice(0, k).map((x) => strip(x.url));
    if (top.some((u) => isHit(u, cases[i], parents))) hits++;
    else misses.push({ q: r.q, target: cases[i].target, got: top });
  });
  return { k, hits, total: ranked.length, rate: ranked.length ? hits / ranked.length : 0, misses };
}

/** Runs every query on an open /search/ page; returns the first `k` results of each, with excerpts. */
export async function runQueries(page: Page, cases: QueryCase[], k = 3): Promise<Ranked[]> {
  await page.waitForFunction(() => typeof (document.querySelector('guide-search') as unknown as { find?: unknown })?.find === 'function');
  return page.evaluate(
    async ({ qs, k }) => {
      type Found = { data(): Promise<{ url: string; excerpt: string }> }[];
      const el = document.querySelector('guide-search') as unknown as { find(q: string): Promise<Found> };
      const out = [];
      for (const q of qs) {
        const found = await el.find(q);
        const data = await Promise.all(found.slice(0, k).map((r) => r.data()));
        out.push({ q, results: data.map((d) => ({ url: d.url, excerpt: d.excerpt })) });
      }
      return out;
    },
    { qs: cases.map((c) => c.q), k },
  );
}

export const formatMisses = (s: Score) =>
  s.misses.map((m) => `  "${m.q}" wanted ${m.target}, got ${m.got.join(' | ') || 'nothing'}`).join('\n');
