import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readArticleFiles } from './article-files';
import { contentDir } from './content-dir';
import { languages, pagePath } from './i18n';
import { sameWord, sectionFor, sectionUrl, splitPage, tokens, type PageSections, type Section } from './search-records';

/**
 * Build-time: which sections of the built site are searchable, and which aliases lead to each
 * (used by src/integrations/pagefind.ts, and by the tests to check the records).
 */

type PageRule = { keep?: (s: Section) => boolean; dropClasses?: string[] };
/** Pages that would only repeat the articles are indexed in part, by English slug. */
const RULES_BY_SLUG: Record<string, PageRule> = {
  // The clinician sheet copies the medication table and settings from the articles: only its intro.
  'take-to-your-clinician': { keep: (s) => s.level === 1, dropClasses: ['print-help'] },
  // The self-check's signs and result bands would answer searches for help lines and symptoms: only its intro and where the signs come from.
  'self-check': { keep: (s) => s.level === 1 || s.id === 'about-this-check' },
};
/** The same rules at each language's address of the page (/self-check/, /es/autoevaluacion/). */
export const PAGE_RULES: Record<string, PageRule> = Object.fromEntries(
  Object.entries(RULES_BY_SLUG).flatMap(([slug, rule]) => languages.map((lang) => [pagePath(lang, slug), rule])),
);

export interface SearchRecord {
  url: string;
  page: PageSections;
  section: Section;
  aliases: string[];
  /** Glossary terms and medicines this section is the home of (its title names them): a search for the word lands here first. */
  topics: string[];
}

/** Another name leads where its term does: the section titled with the term, the shortest such title, an h2 before an h3. */
export function sectionTitled(term: string, sections: Section[]): Section | null {
  const want = tokens(term);
  if (!want.length) return null;
  const titled = sections.filter((s) => s.level > 1 && want.every((w) => tokens(s.title).some((t) => sameWord(w, t))));
  titled.sort((a, b) => tokens(a.title).length - tokens(b.title).length || a.level - b.level);
  return titled[0] ?? null;
}

/** content/search-aliases.yaml: { "/page/": { "heading-id" or "": [words] } } — places an alias by hand. */
export type Pins = Record<string, Record<string, string[]>>;

/**
 * A language's content folder (English: content/, Spanish: content/es/) and where its articles
 * live: English article ids are the paths; a Spanish article's path is its own slug under /es/,
 * found through its `translationOf`.
 */
export function languageContent(content: string, lang: string): { dir: string; articlePath: (englishId: string) => string } {
  if (lang === 'en') return { dir: content, articlePath: (id) => `/${id}/` };
  const dir = join(content, lang);
  const slugs = new Map(readArticleFiles(join(dir, 'guide')).map((a) => [String(a.front.translationOf), a.id]));
  return { dir, articlePath: (id) => `/${lang}/${slugs.get(id) ?? id}/` };
}

/** Every section of every searchable page, with the aliases that lead to it; each language reads its own glossary and medicines. */
export function searchRecords(pages: { path: string; html: string }[], content = contentDir()): SearchRecord[] {
  const split = pages
    .map((p) => splitPage(p.html, p.path, { dropClasses: PAGE_RULES[p.path]?.dropClasses }))
    .filter((p): p is PageSections => p !== null);
  const langs = [...new Set(split.map((p) => p.lang))];
  return langs.flatMap((lang) => recordsOf(split.filter((p) => p.lang === lang), languageContent(content, lang)));
}

function recordsOf(split: PageSections[], { dir: content, articlePath }: ReturnType<typeof languageContent>): SearchRecord[] {
  const usable = (page: PageSections) => page.sections.filter((s) => s.text && (PAGE_RULES[page.path]?.keep?.(s) ?? true));
  const aliases = new Map<Section, Set<string>>();
  const placed = new Set<string>();
  const key = (page: PageSections, alias: string) => `${page.path} ${alias.toLowerCase()}`;
  // Each section's words in lower case, made once: a page's keywords all test the same sections.
  const lower = new Map<Section, { text: string; title: string }>();
  const lowerOf = (s: Section) => lower.get(s) ?? lower.set(s, { text: s.text.toLowerCase(), title: s.title.toLowerCase() }).get(s)!;
  const put = (page: PageSections, target: Section, alias: string) => {
    placed.add(key(page, alias));
    // Already in the words of the section it leads to: nothing to add.
    const said = new RegExp(`(^|[^\\p{L}\\p{N}])${alias.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '[^\\p{L}\\p{N}]+')}($|[^\\p{L}\\p{N}])`, 'u');
    const { text, title } = lowerOf(target);
    if (said.test(text) || said.test(title)) return;
    aliases.set(target, (aliases.get(target) ?? new Set()).add(alias));
  };
  const add = (page: PageSections | undefined, alias: string, term?: string) => {
    if (!page || placed.has(key(page, alias))) return;
    const sections = usable(page);
    // Another name for a glossary term or a medicine leads where the term itself does.
    const target =
      (term ? sectionTitled(term, sections) ?? sectionFor(term, sections) : null) ?? sectionFor(alias, sections) ?? sections[0];
    if (target) put(page, target, alias);
  };
  const byPath = new Map(split.map((p) => [p.path, p]));
  // Hand-placed first: they win over the automatic places below.
  for (const [path, bySection] of Object.entries(readYaml(join(content, 'search-aliases.yaml')) as Pins)) {
    if (!path.startsWith('/')) continue;
    const page = byPath.get(path);
    if (!page) continue;
    for (const [id, words] of Object.entries(bySection)) {
      const target = usable(page).find((s) => (s.id ?? '') === id);
      if (!target) throw new Error(`search-aliases.yaml: ${path} has no searchable section #${id}`);
      for (const w of words) put(page, target, w);
    }
  }
  // Glossary names and medicine brands lead to the article section about them.
  for (const g of Object.values(readYaml(join(content, 'glossary.yaml')))) {
    const entry = g as { term: string; article?: string; alsoCalled?: string[] };
    if (!entry.article) continue;
    for (const name of entry.alsoCalled ?? []) add(byPath.get(articlePath(entry.article)), name, entry.term);
  }
  for (const m of Object.values(readYaml(join(content, 'medications.yaml')))) {
    const med = m as { name: string; brands?: string[] };
    for (const brand of med.brands ?? []) add(byPath.get(articlePath('medications')), brand, med.name);
  }
  for (const page of split) for (const k of page.keywords) add(page, k);
  // A glossary term's or medicine's home: the section of its article titled with it.
  const topics = new Map<Section, string[]>();
  const home = (page: PageSections | undefined, term: string) => {
    const target = page ? sectionTitled(term, usable(page)) : null;
    if (target) topics.set(target, [...(topics.get(target) ?? []), term]);
  };
  for (const g of Object.values(readYaml(join(content, 'glossary.yaml')))) {
    const entry = g as { term: string; article?: string };
    if (entry.article) home(byPath.get(articlePath(entry.article)), entry.term);
  }
  for (const m of Object.values(readYaml(join(content, 'medications.yaml')))) home(byPath.get(articlePath('medications')), (m as { name: string }).name);
  return split.flatMap((page) =>
    usable(page).map((section) => ({
      url: sectionUrl(page.path, section),
      page,
      section,
      aliases: [...(aliases.get(section) ?? [])],
      topics: [...new Set(topics.get(section) ?? [])],
    })),
  );
}

/** One-word other names of glossary terms and medicine brands → the plain name ("suboxone" → "buprenorphine"). */
export function synonyms(content = contentDir()): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (alias: string, term: string) => {
    const a = alias.toLowerCase();
    if (/^\p{L}[\p{L}-]+$/u.test(a) && a.length > 3 && !out[a]) out[a] = term.toLowerCase().replace(/\s*\(.*\)$/, '');
  };
  for (const m of Object.values(readYaml(join(content, 'medications.yaml')))) {
    const med = m as { name: string; brands?: string[] };
    for (const b of med.brands ?? []) add(b, med.name);
  }
  // Only where the plain name is one word too: "addiction" is not a synonym of "substance use disorder" in a search.
  for (const g of Object.values(readYaml(join(content, 'glossary.yaml')))) {
    const entry = g as { term: string; alsoCalled?: string[] };
    if (/^[\p{L}-]+$/u.test(entry.term)) for (const name of entry.alsoCalled ?? []) add(name, entry.term);
  }
  // Readers' words for a medicine that no glossary entry lists (content/search-aliases.yaml, "plain names").
  const extra = (readYaml(join(content, 'search-aliases.yaml'))['plain names'] ?? {}) as Record<string, string[]>;
  for (const [term, names] of Object.entries(extra)) for (const name of names) add(name, term);
  return out;
}

function readYaml(file: string): Record<string, unknown> {
  return existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>) ?? {}) : {};
}

/** Names worth suggesting: glossary terms and other names, medicines and brands, aliases, headings. */
export function vocabularyTerms(records: SearchRecord[], content = contentDir()): string[] {
  const terms: string[] = [];
  for (const g of Object.values(readYaml(join(content, 'glossary.yaml')))) {
    const entry = g as { term: string; alsoCalled?: string[] };
    terms.push(entry.term, ...(entry.alsoCalled ?? []));
  }
  for (const m of Object.values(readYaml(join(content, 'medications.yaml')))) {
    const med = m as { name: string; brands?: string[] };
    terms.push(med.name, ...(med.brands ?? []));
  }
  for (const r of records) terms.push(...r.aliases, ...r.page.keywords, r.section.title.replace(/\(.*?\)|["“”]/g, ' '));
  return terms;
}

