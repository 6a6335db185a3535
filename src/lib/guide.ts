export interface Ordered { id: string; data: { order: number; title: string } }

/** Articles in the guide's reading order; two articles with one order number is a content error. */
export function inReadingOrder<T extends Ordered>(entries: T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].data.order === sorted[i - 1].data.order) {
      throw new Error(
        `content/guide: "${sorted[i - 1].id}" and "${sorted[i].id}" both have order ${sorted[i].data.order}; give each article its own place.`,
      );
    }
  }
  return sorted;
}

/** An article's address: English at the root, other languages under /<lang>/ (ids there are the translated slugs). */
export function articleHref(id: string, lang = 'en'): string {
  return lang === 'en' ? `/${id}/` : `/${lang}/${id}/`;
}

/** The articles before and after one, for the previous/next links. */
export function neighbours<T extends Ordered>(ordered: T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((e) => e.id === id);
  if (i === -1) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/** Where a content file names other entries: the file, its field, and the collection the ids belong to. */
export interface NamedIn { file: string; field: string; collection: string }

/**
 * The entries found for ids a content file lists, in its order; an id with no entry is a content
 * error naming the file and field: `content/guide/x.mdx: sources lists "foo", which is not in content/sources.yaml.`
 */
export function requireFound<T>(ids: readonly string[], found: readonly (T | undefined)[], where: NamedIn): T[] {
  return ids.map((id, i) => {
    const entry = found[i];
    if (entry === undefined) throw new Error(`${where.file}: ${where.field} lists "${id}", which is not in ${where.collection}.`);
    return entry;
  });
}
