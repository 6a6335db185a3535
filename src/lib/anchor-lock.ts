/**
 * The anchor lock: every published page and the ids a shared link may point at (headings,
 * glossary terms, and the old ids kept by anchorAliases). Pages that moved (frontmatter `aliases`)
 * are redirect pages; their anchors are looked up on the page they redirect to.
 */
export interface BuiltPage { path: string; html: string }
export type Lock = Record<string, string[]>;

const ANCHOR = /<(?:h2|h3|dt|span)\s[^>]*?\bid="([^"]+)"/g;
const REFRESH = /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/;

export function anchorsOf(html: string): string[] {
  return [...new Set([...html.matchAll(ANCHOR)].map((m) => m[1]))].sort();
}

export function redirectOf(html: string): string | undefined {
  return html.match(REFRESH)?.[1];
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
