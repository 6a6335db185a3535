/**
 * The anchor lock: every published page and the ids a shared link may point at (headings,
 * glossary terms, and the old ids kept by anchorAliases). Pages that moved (frontmatter `aliases`)
 * are redirect pages; their anchors are looked up on the page they redirect to.
 */
import { parse } from 'node-html-parser';

export interface BuiltPage { path: string; html: string }
export type Lock = Record<string, string[]>;

/** The ids a shared link may point at: headings, glossary terms and anchor-alias spans. */
export function anchorsOf(html: string): string[] {
  const ids = parse(html).querySelectorAll('h2[id], h3[id], dt[id], span[id]').map((el) => el.getAttribute('id') ?? '');
  return [...new Set(ids)].sort();
}

/** Where a redirect page (`<meta http-equiv="refresh" content="0; url=…">`) sends the reader. */
export function redirectOf(html: string): string | undefined {
  const content = parse(html).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
  return content?.match(/^\d+;\s*url=(.+)$/i)?.[1];
}

/** The lock as the build stands: redirect pages are listed with no anchors of their own. */
export function buildLock(pages: BuiltPage[]): Lock {
  const lock: Lock = {};
  for (const p of [...pages].sort((a, b) => a.path.localeCompare(b.path))) lock[p.path] = redirectOf(p.html) ? [] : anchorsOf(p.html);
  return lock;
}

/** What a committed lock promises that the build no longer keeps. */
export function lockProblems(lock: Lock, pages: BuiltPage[]): string[] {
  const byPath = new Map(pages.map((p) => [p.path, p.html]));
  const problems: string[] = [];
  for (const [path, anchors] of Object.entries(lock)) {
    let html = byPath.get(path);
    if (html === undefined) {
      problems.push(`${path} was published and is gone: add its old name to the article's "aliases" in frontmatter`);
      continue;
    }
    const to = redirectOf(html);
    if (to) html = byPath.get(to) ?? '';
    const present = new Set(anchorsOf(html));
    for (const a of anchors) {
      if (!present.has(a)) problems.push(`${path}#${a} was published and is gone: add "${a}: <new-id>" to the article's "anchorAliases" in frontmatter`);
    }
  }
  return problems;
}
