/** The address to share for a section: the page without query (search highlights) plus #anchor. */
export function sectionUrl(pageUrl: string, anchor: string): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = anchor;
  return url.href;
}

/** The page address once search highlights are dismissed: only the highlight parameter goes. */
export function withoutHighlight(pageUrl: string, param = 'highlight'): string {
  const url = new URL(pageUrl);
  url.searchParams.delete(param);
  return url.pathname + url.search + url.hash;
}
