import { beforeEach, describe, expect, test, vi } from 'vitest';

// The query module reads content through astro:content; here that is a small in-memory collection set.
const collections: Record<string, { id: string; data: Record<string, unknown>; filePath?: string }[]> = {};
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => collections[name] ?? [],
  getEntry: async (name: string, id: string) => (collections[name] ?? []).find((e) => e.id === id),
}));
const { articleSources, dataFile, getGlossary, getGuide, glossaryTerm, pageIn } = await import('../../src/lib/guide-query');

const article = (id: string, order: number, sources: string[] = []) => ({
  id,
  filePath: `content/guide/${id}.mdx`,
  data: { title: `Title ${id}`, order, sources: sources.map((s) => ({ collection: 'sources', id: s })) },
});

beforeEach(() => {
  collections.guide = [article('b', 2, ['nida', 'cdc']), article('a', 1, ['nida', 'gone'])];
  collections.sources = [{ id: 'cdc', data: { title: 'CDC' } }, { id: 'nida', data: { title: 'NIDA' } }];
  collections.glossary = [
    { id: 'taper', data: { term: 'taper', article: { collection: 'guide', id: 'b' } } },
    { id: 'agonist', data: { term: 'Agonist' } },
  ];
});

describe('getGuide', () => {
  test('the articles in reading order', async () => {
    expect((await getGuide()).map((a) => a.id)).toEqual(['a', 'b']);
  });
  test('two articles with one order number is a content error', async () => {
    collections.guide.push(article('c', 2));
    await expect(getGuide()).rejects.toThrow(/both have order 2/);
  });
});

describe('articleSources', () => {
  test('the frontmatter sources in their order', async () => {
    const [, b] = await getGuide();
    expect((await articleSources(b)).map((s) => s.id)).toEqual(['nida', 'cdc']);
  });
  test('a source not in sources.yaml names the file, the field and the id', async () => {
    const [a] = await getGuide();
    await expect(articleSources(a)).rejects.toThrow('content/guide/a.mdx: sources lists "gone", which is not in content/sources.yaml.');
  });
});

describe('glossary', () => {
  test('terms alphabetically, each with the title of the article it points to', async () => {
    const terms = await getGlossary();
    expect(terms.map((t) => [t.id, t.readMore])).toEqual([
      ['agonist', undefined],
      ['taper', { id: 'b', title: 'Title b' }],
    ]);
  });
  test('a term pointing at a missing article names glossary.yaml, the term and the id', async () => {
    collections.glossary.push({ id: 'detox', data: { term: 'Detox', article: { collection: 'guide', id: 'nowhere' } } });
    await expect(getGlossary()).rejects.toThrow('content/glossary.yaml: detox.article lists "nowhere", which is not in content/guide.');
  });
  test('<Term id> with no glossary entry names the article', async () => {
    expect((await glossaryTerm('taper', 'content/guide/b.mdx')).id).toBe('taper');
    await expect(glossaryTerm('nope', 'content/guide/b.mdx')).rejects.toThrow(/content\/guide\/b\.mdx: <Term id> lists "nope", which is not in content\/glossary\.yaml/);
  });
});

describe('the Spanish edition', () => {
  beforeEach(() => {
    collections.guideEs = [{ id: 'be', data: { title: 'Título b', order: 2, translationOf: { collection: 'guide', id: 'b' } } }];
    collections.glossaryEs = [{ id: 'taper', data: { term: 'reducción gradual', article: { collection: 'guide', id: 'b' } } }];
    collections.pages = [{ id: 'about', data: { title: 'About' } }];
    collections.pagesEs = [{ id: 'acerca-de', data: { title: 'Acerca de', translationOf: { collection: 'pages', id: 'about' } } }];
  });
  test('a Spanish glossary term reads more in the translation of the article it names', async () => {
    expect((await getGlossary('es')).map((t) => [t.data.term, t.readMore])).toEqual([['reducción gradual', { id: 'be', title: 'Título b' }]]);
  });
  test('errors name the Spanish file', async () => {
    await expect(glossaryTerm('agonist', 'content/es/guide/be.mdx', 'es')).rejects.toThrow('content/es/guide/be.mdx: <Term id> lists "agonist", which is not in content/es/glossary.yaml.');
    collections.guideEs = [];
    await expect(getGlossary('es')).rejects.toThrow('content/es/glossary.yaml: taper.article lists "b", which is not in content/es/guide (translationOf).');
    expect(dataFile('firstAid', 'es')).toBe('content/es/first-aid.yaml');
  });
  test('a page in each language: the English id, or the Spanish page that translates it', async () => {
    expect((await pageIn('en', 'about')).id).toBe('about');
    expect((await pageIn('es', 'about')).id).toBe('acerca-de');
    await expect(pageIn('es', 'privacy')).rejects.toThrow('content/es/pages: no page translates "privacy"');
  });
});
