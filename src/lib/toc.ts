export interface HeadingLike { depth: number; slug: string; text: string }
export interface TocItem { slug: string; text: string; children: TocItem[] }

/** Nests h3s under the h2 before them. Other depths are left out; an h3 before any h2 stands alone. */
export function buildToc(headings: HeadingLike[]): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth === 2) items.push({ slug: h.slug, text: h.text, children: [] });
    else if (h.depth === 3) {
      const parent = items.at(-1);
      (parent ? parent.children : items).push({ slug: h.slug, text: h.text, children: [] });
    }
  }
  return items;
}
