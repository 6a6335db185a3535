// The one place pages and components get the guide from: the articles in reading order, an
// article's sources, glossary terms. Content errors (file and field) are thrown here, not in pages.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { contentDir } from './content-dir';
import { byTerm } from './glossary';
import { inReadingOrder, requireFound } from './guide';
import type { Lang } from './i18n';

export type Article = CollectionEntry<'guide'>;

/** A path in the content folder, as an error message names it: content/sources.yaml. */
const inContent = (path: string) => `${contentDir().replace(/^\.\//, '')}/${path}`;
const yamlFile = (name: string) => inContent(`${name}.yaml`);

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

/** Data files that have a Spanish edition in content/es/ with the same ids and schema. */
const spanishOf = { criteria: 'criteriaEs', helplines: 'helplinesEs', privacy: 'privacyEs', medications: 'medicationsEs', firstAid: 'firstAidEs', glossary: 'glossaryEs' } as const;
type Translated = keyof typeof spanishOf;

/**
 * The file a data collection is read from in a language, as error messages name it: content/es/glossary.yaml.
 * Each file is named for its collection in kebab case (firstAid: first-aid.yaml, content.config.ts).
 */
export const dataFile = (name: Translated, lang: Lang): string =>
  yamlFile(`${lang === 'es' ? 'es/' : ''}${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);

/** A data collection in the page's language: collectionFor('helplines', 'es') reads content/es/helplines.yaml. */
export async function collectionFor<C extends Translated>(name: C, lang: Lang): Promise<CollectionEntry<C>[]> {
  // The Spanish collection has the English schema (content.config.ts), so its entries type as the English ones.
  return (lang === 'es' ? await getCollection(spanishOf[name]) : await getCollection(name)) as CollectionEntry<C>[];
}

/** One entry of a data collection in the page's language (undefined when the file lacks it). */
export async function entryFor<C extends Translated>(name: C, id: string, lang: Lang): Promise<CollectionEntry<C> | undefined> {
  return (lang === 'es' ? await getEntry(spanishOf[name], id) : await getEntry(name, id)) as CollectionEntry<C> | undefined;
}

/** The glossary entry a `<Term id="…">` in `file` links to. */
export async function glossaryTerm(id: string, file: string, lang: Lang = 'en'): Promise<CollectionEntry<'glossary'>> {
  const [entry] = requireFound([id], [await entryFor('glossary', id, lang)], { file, field: '<Term id>', collection: dataFile('glossary', lang) });
  return entry;
}

export type GlossaryTerm = CollectionEntry<'glossary'> & { readMore?: { id: string; title: string } };

/** The glossary in alphabetical order, each term with the article it points to (`article`), if any. */
export async function getGlossary(lang: Lang = 'en'): Promise<GlossaryTerm[]> {
  // `article` names the English article; in Spanish, read more in its translation.
  const byEnglishId = new Map((await guideIn(lang)).map((a) => [englishId(a), { id: a.id, title: a.data.title }] as const));
  const file = dataFile('glossary', lang);
  return byTerm(await collectionFor('glossary', lang)).map((term) => {
    if (!term.data.article) return term;
    const id = term.data.article.id;
    const [readMore] = requireFound([id], [byEnglishId.get(id)], { file, field: `${term.id}.article`, collection: inContent(lang === 'es' ? 'es/guide (translationOf)' : 'guide') });
    return { ...term, readMore };
  });
}

/** An article in either language. */
export type AnyArticle = CollectionEntry<'guide'> | CollectionEntry<'guideEs'>;

/** The English article an article follows: itself in English, its `translationOf` in Spanish. */
export const englishId = (a: AnyArticle): string => ('translationOf' in a.data ? a.data.translationOf.id : a.id);

/** Every article of one language, in reading order. */
export async function guideIn(lang: Lang): Promise<AnyArticle[]> {
  return lang === 'es' ? inReadingOrder(await getCollection('guideEs')) : getGuide();
}

/** A page of content/pages in a language: the English page `id`, or the Spanish page whose translationOf is `id`. */
export async function pageIn(lang: Lang, id: string): Promise<CollectionEntry<'pages'> | CollectionEntry<'pagesEs'>> {
  const page = lang === 'es' ? (await getCollection('pagesEs')).find((p) => p.data.translationOf.id === id) : await getEntry('pages', id);
  if (!page) throw new Error(`${inContent(lang === 'es' ? 'es/pages' : 'pages')}: no page ${lang === 'es' ? `translates "${id}"` : `"${id}.mdx"`}, and the site links to it.`);
  return page;
}
