/**
 * Citation numbers follow the order of the article's frontmatter `sources` list, so the
 * reference list and the markers in the text always agree.
 */
export function citationNumber(sourceIds: readonly string[], id: string, file: string): number {
  const index = sourceIds.indexOf(id);
  if (index === -1) {
    throw new Error(
      `${file}: <Cite id="${id}" /> cites a source that is not in this article's frontmatter "sources" list (${sourceIds.join(', ') || 'empty'}).`,
    );
  }
  return index + 1;
}

/** Splits `id="a b"` or `id="a,b"` into ids, so one marker can cite several sources. */
export function parseCiteIds(raw: string): string[] {
  const ids = raw.split(/[\s,]+/).filter(Boolean);
  if (ids.length === 0) throw new Error('<Cite> needs an id: <Cite id="source-id" />');
  return ids;
}
