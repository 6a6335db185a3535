// The one place pages and components get the guide from: the articles in reading order, an
// article's sources, glossary terms. Content errors (file and field) are thrown here, not in pages.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from './content-dir';
import { byTerm } from './glossary';
import { inReadingOrder, requireFound } from './guide';

export type Article = CollectionEntry<'guide'>;

/** A YAML file of the content folder, as an error message names it: content/sources.yaml. */
const yamlFile = (name: string) => `${contentDir().replace(/^\.\//, '')}/${name}.yaml`;

/** Every article, in the guide's reading order (frontmatter `order`). */
export async function getGuide(): Promise<Article[]> {
  return inReadingOrder(await getCollection('guide'));
}

/** The article's file, as error messages name it. */
export function articleFile(article: Article): string {
  return article.filePath ?? `content/guide/${article.id}.mdx`;
}

/** The article's frontmatter `sources`, in its order (the citation numbers follow it). */
export async function articleSources(article: Article): Promise<CollectionEntry<'sources'>[]> {
  const ids = article.data.sources.map((ref) => ref.id);
  const found = await Promise.all(ids.map((id) => getEntry('sources', id)));
  return requireFound(ids, found, { file: articleFile(article), field: 'sources', collection: yamlFile('sources') });
}

/** The glossary entry a `<Term id="…">` in `file` links to. */
export async function glossaryTerm(id: string, file: string): Promise<CollectionEntry<'glossary'>> {
  const [entry] = requireFound([id], [await getEntry('glossary', id)], { file, field: '<Term id>', collection: yamlFile('glossary') });
  return entry;
}

export type GlossaryTerm = CollectionEntry<'glossary'> & { readMore?: { id: string; title: string } };

/** The glossary in alphabetical order, each term with the article it points to (`article`), if any. */
export async function getGlossary(): Promise<GlossaryTerm[]> {
  const titles = new Map((await getCollection('guide')).map((a) => [a.id, a.data.title]));
  return byTerm(await getCollection('glossary')).map((term) => {
    if (!term.data.article) return term;
    const id = term.data.article.id;
    const [title] = requireFound([id], [titles.get(id)], { file: yamlFile('glossary'), field: `${term.id}.article`, collection: 'content/guide' });
    return { ...term, readMore: { id, title } };
  });
}
