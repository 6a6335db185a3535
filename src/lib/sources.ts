interface CitingArticle { id: string; title: string; sources: string[] }

/** For each source id, the articles that cite it, in reading order. */
export function citingArticles(articles: CitingArticle[]): Map<string, { id: string; title: string }[]> {
  const map = new Map<string, { id: string; title: string }[]>();
  for (const a of articles) {
    for (const s of a.sources) {
      if (!map.has(s)) map.set(s, []);
      map.get(s)!.push({ id: a.id, title: a.title });
    }
  }
  return map;
}
