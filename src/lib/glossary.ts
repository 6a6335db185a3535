interface TermLike { id: string; data: { term: string } }

/** Alphabetical, ignoring case, as a reader scans a glossary. */
export function byTerm<T extends TermLike>(terms: T[]): T[] {
  return [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}
