import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readArticleFiles } from './article-files';
import { contentDir } from './content-dir';
import { languages, pagePath } from './i18n';
import { buildVocabulary, words } from './search-vocab';
import { sameWord, sectionFor, sectionUrl, splitPage, tokens, type PageSections, type Section } from './search-records';

/**
 * Build-time: which sections of the built site are searchable, and which aliases lead to each
 * (used by src/after-build/search-index.ts, and by the tests to check the records).
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
  return pages.flatMap(pageRecords(content));
}

/** Where the content sends aliases and topics on one page, in the order they are placed. */
interface PagePlan {
  /** Hand-placed (content/search-aliases.yaml), by section id: these win. */
  pins: [string, string[]][];
  /** Glossary "also called" names and medicine brands, with the term they stand for. */
  names: { alias: string; term: string }[];
  /** Glossary terms and medicines whose home section is on this page. */
  homes: string[];
}
const noPlan = (): PagePlan => ({ pins: [], names: [], homes: [] });

/** Each page's plan in one language, read once from its content folder. */
function languagePlan({ dir: content, articlePath }: ReturnType<typeof languageContent>): Map<string, PagePlan> {
  const plans = new Map<string, PagePlan>();
  const plan = (path: string) => plans.get(path) ?? plans.set(path, noPlan()).get(path)!;
  for (const [path, bySection] of Object.entries(readYaml(join(content, 'search-aliases.yaml')) as Pins)) {
    if (path.startsWith('/')) plan(path).pins.push(...Object.entries(bySection));
  }
  const glossary = Object.values(readYaml(join(content, 'glossary.yaml'))) as { term: string; article?: string; alsoCalled?: string[] }[];
  const medications = Object.values(readYaml(join(content, 'medications.yaml'))) as { name: string; brands?: string[] }[];
  // Glossary names and medicine brands lead to the article section about them.
  for (const g of glossary) if (g.article) for (const alias of g.alsoCalled ?? []) plan(articlePath(g.article)).names.push({ alias, term: g.term });
  for (const m of medications) for (const alias of m.brands ?? []) plan(articlePath('medications')).names.push({ alias, term: m.name });
  for (const g of glossary) if (g.article) plan(articlePath(g.article)).homes.push(g.term);
  for (const m of medications) plan(articlePath('medications')).homes.push(m.name);
  return plans;
}

/**
 * A function from one built page to its search records. Page by page, so a big guide's pages need
 * not all be held at once: each page's records depend only on the page and its language's content.
 */
export function pageRecords(content = contentDir()): (page: { path: string; html: string }) => SearchRecord[] {
  const plans = new Map<string, Map<string, PagePlan>>();
  const planOf = (lang: string, path: string) => {
    if (!plans.has(lang)) plans.set(lang, languagePlan(languageContent(content, lang)));
    return plans.get(lang)!.get(path) ?? noPlan();
  };
  return ({ path, html }) => {
    const page = splitPage(html, path, { dropClasses: PAGE_RULES[path]?.dropClasses });
    return page ? recordsOf(page, planOf(page.lang, path)) : [];
  };
}

function recordsOf(page: PageSections, plan: PagePlan): SearchRecord[] {
  const sections = page.sections.filter((s) => s.text && (PAGE_RULES[page.path]?.keep?.(s) ?? true));
  const aliases = new Map<Section, Set<string>>();
  const placed = new Set<string>();
  // Each section's words in lower case, made once: the page's aliases all test the same sections.
  const lower = new Map<Section, { text: string; title: string }>();
  const lowerOf = (s: Section) => lower.get(s) ?? lower.set(s, { text: s.text.toLowerCase(), title: s.title.toLowerCase() }).get(s)!;
  const put = (target: Section, alias: string) => {
    placed.add(alias.toLowerCase());
    // Already in the words of the section it leads to: nothing to add.
    const said = new RegExp(`(^|[^\\p{L}\\p{N}])${alias.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '[^\\p{L}\\p{N}]+')}($|[^\\p{L}\\p{N}])`, 'u');
    const { text, title } = lowerOf(target);
    if (said.test(text) || said.test(title)) return;
    aliases.set(target, (aliases.get(target) ?? new Set()).add(alias));
  };
  const add = (alias: string, term?: string) => {
    if (placed.has(alias.toLowerCase())) return;
    // Another name for a glossary term or a medicine leads where the term itself does.
    const target = (term ? sectionTitled(term, sections) ?? sectionFor(term, sections) : null) ?? sectionFor(alias, sections) ?? sections[0];
    if (target) put(target, alias);
  };
  // Hand-placed first: they win over the automatic places below.
  for (const [id, words] of plan.pins) {
    const target = sections.find((s) => (s.id ?? '') === id);
    if (!target) throw new Error(`search-aliases.yaml: ${page.path} has no searchable section #${id}`);
    for (const w of words) put(target, w);
  }
  for (const { alias, term } of plan.names) add(alias, term);
  for (const k of page.keywords) add(k);
  // A glossary term's or medicine's home: the section of its article titled with it.
  const topics = new Map<Section, string[]>();
  for (const term of plan.homes) {
    const target = sectionTitled(term, sections);
    if (target) topics.set(target, [...(topics.get(target) ?? []), term]);
  }
  return sections.map((section) => ({
    url: sectionUrl(page.path, section),
    page,
    section,
    aliases: [...(aliases.get(section) ?? [])],
    topics: [...new Set(topics.get(section) ?? [])],
  }));
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

/**
 * "Did you mean …?" for one language, gathered record by record so the records need not be kept:
 * names worth suggesting (glossary terms and other names, medicines and brands, aliases, headings)
 * and every word of the indexed text.
 */
export function vocabularyFor(content = contentDir()) {
  const terms: string[] = [];
  for (const g of Object.values(readYaml(join(content, 'glossary.yaml')))) {
    const entry = g as { term: string; alsoCalled?: string[] };
    terms.push(entry.term, ...(entry.alsoCalled ?? []));
  }
  for (const m of Object.values(readYaml(join(content, 'medications.yaml')))) {
    const med = m as { name: string; brands?: string[] };
    terms.push(med.name, ...(med.brands ?? []));
  }
  const text = new Set<string>();
  return {
    add(r: SearchRecord) {
      terms.push(...r.aliases, ...r.page.keywords, r.section.title.replace(/\(.*?\)|["“”]/g, ' '));
      for (const w of words(r.section.text)) text.add(w);
    },
    build: () => buildVocabulary(terms, text),
  };
}
