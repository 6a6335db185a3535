/**
 * Claims that are true only until a date (a temporary rule, a provisional figure) are wrapped in
 * <TimeBound until="YYYY-MM-DD" source="source-id">…</TimeBound> in an article. This module finds
 * them in MDX text, so the build can date the page's next review and `npm run content:due` can
 * list the ones that are due.
 */
export interface TimeBoundClaim {
  file: string;
  /** 1-based line of the opening tag. */
  line: number;
  until: string;
  source: string;
  /** The claim as plain text, tags removed. */
  claim: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Every <TimeBound> in an MDX source; throws with file and line when one is malformed. */
export function findTimeBound(mdx: string, file: string): TimeBoundClaim[] {
  const claims: TimeBoundClaim[] = [];
  const open = /<TimeBound\b([^>]*)>/g;
  for (let m = open.exec(mdx); m; m = open.exec(mdx)) {
    const line = mdx.slice(0, m.index).split('\n').length;
    const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    const where = `${file}:${line}`;
    if (!attrs.until || !ISO_DATE.test(attrs.until) || Number.isNaN(Date.parse(attrs.until))) {
      throw new Error(`${where}: <TimeBound> needs until="YYYY-MM-DD" (the date the claim must be checked again).`);
    }
    if (!attrs.source) throw new Error(`${where}: <TimeBound> needs source="source-id" (where the claim comes from).`);
    const close = mdx.indexOf('</TimeBound>', open.lastIndex);
    if (close === -1) throw new Error(`${where}: <TimeBound> is never closed with </TimeBound>.`);
    const claim = mdx
      .slice(open.lastIndex, close)
      .replace(/<[^>]+>/g, '')
      .replace(/\*\*|__|\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    claims.push({ file, line, until: attrs.until, source: attrs.source, claim });
  }
  return claims;
}

/** The claims whose date is on or before `day` (YYYY-MM-DD). */
export function dueBy(claims: readonly TimeBoundClaim[], day: string): TimeBoundClaim[] {
  return claims.filter((c) => c.until <= day);
}

/** The earliest `until` date among the claims, or undefined when there are none. */
export function earliestUntil(claims: readonly TimeBoundClaim[]): Date | undefined {
  const first = claims.map((c) => c.until).sort()[0];
  return first ? new Date(`${first}T00:00:00Z`) : undefined;
}

/** In the browser: a claim marked until YYYY-MM-DD has expired once that day has passed (the day itself still holds). */
export function claimHasExpired(until: string, today: string): boolean {
  return ISO_DATE.test(until) && today > until;
}
