/** The address of the search page for a query: ?q=words, or no query at all when empty. */
export function searchUrl(current: string, query: string): string {
  const url = new URL(current);
  const q = query.trim();
  if (q) url.searchParams.set('q', q);
  else url.searchParams.delete('q');
  url.hash = '';
  return url.pathname + url.search;
}
