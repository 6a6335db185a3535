// ultrahtml is Astro's own HTML parser (no extra install) and gives a tree we can prune and render
// back; the dist checks use node-html-parser for its CSS selectors, which ultrahtml's lack.
import { decodeHTML, escapeAttribute } from 'entities';
import { parse, renderSync, ELEMENT_NODE, TEXT_NODE, type ElementNode } from 'ultrahtml';

/**
 * Build-time: turns a built page into one search record per section, so a search lands on the
 * section that answers it, and the excerpt shows only words the reader can see on that section.
 *
 * A section starts at an h2 or h3 with an id (or a glossary entry's <dt id>) and runs to the next
 * one; the text before the first of them is the page's own record. Left out of every record:
 * anything marked data-pagefind-ignore, hidden elements, screen-reader-only text (.sr-only),
 * scripts, styles and drawings. The heading itself is not in the record's text: it is the
 * record's title (metadata, weighted by Pagefind's metaWeights), so excerpts don't repeat it.
 */

export interface Section {
  /** The heading's id, or null for the text before the first heading. */
  id: string | null;
  /** 1 for the page's own record, else the heading level (2, 3; a glossary entry counts as 2). */
  level: number;
  title: string;
  /** For an h3: its h2's title. */
  parentTitle?: string;
  /** For an h3: its h2's id. */
  parentId?: string | null;
  /** The section's HTML, with what the reader cannot see taken out. */
  html: string;
  /** Its visible text, for tests and for matching aliases. */
  text: string;
}

export interface PageSections {
  /** The page's URL path, e.g. /medications/. */
  path: string;
  title: string;
  /** Words readers search with that the page may not use (<meta name="keywords">). */
  keywords: string[];
  /** The page's language (<html lang>): Pagefind keeps one index per language. */
  lang: string;
  sections: Section[];
}

const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript', 'iframe', 'button', 'input', 'select', 'textarea']);
const BLOCK = /^(p|div|li|ul|ol|dl|dt|dd|h[1-6]|section|article|aside|figure|figcaption|table|thead|tbody|tr|td|th|caption|blockquote|pre|fieldset|legend|details|summary|br|hr|label|nav|header|footer|main)$/;

/** Extra classes to leave out, per page (set by splitPage's options). */
let dropClasses: string[] = [];

const isElement = (n: unknown): n is ElementNode => (n as ElementNode)?.type === ELEMENT_NODE;
const classes = (el: ElementNode) => (el.attributes.class ?? '').split(/\s+/);

/** Hidden from sight, or marked for Pagefind to leave out. */
function unseen(el: ElementNode, drop: string[] = dropClasses): boolean {
  const a = el.attributes;
  return (
    classes(el).some((c) => drop.includes(c)) ||
    SKIP.has(el.name) ||
    'data-pagefind-ignore' in a ||
    'hidden' in a ||
    a['aria-hidden'] === 'true' ||
    classes(el).includes('sr-only')
  );
}

const isAnchor = (el: ElementNode) => Boolean(el.attributes.id) && /^(h2|h3|dt)$/.test(el.name);

function containsAnchor(el: ElementNode): boolean {
  return el.children.some((c) => isElement(c) && !unseen(c) && (isAnchor(c) || containsAnchor(c)));
}

/** The decoded text a reader sees in an element, blocks separated by spaces. */
export function visibleText(node: ElementNode | { children: unknown[] }): string {
  let out = '';
  const walk = (n: unknown) => {
    if (isElement(n)) {
      if (unseen(n)) return;
      const block = BLOCK.test(n.name);
      if (block) out += ' ';
      n.children.forEach(walk);
      if (block) out += ' ';
    } else if ((n as { type: number }).type === TEXT_NODE) out += decode((n as { value: string }).value);
  };
  (node.children as unknown[]).forEach(walk);
  return out.replace(/\s+/g, ' ').trim();
}

/** Entities decoded and attributes escaped by the `entities` library (the one node-html-parser uses in the checks). */
export const decode = (s: string) => decodeHTML(s);
export const escapeAttr = (s: string) => escapeAttribute(s);

/** A copy of an element without what the reader cannot see, as HTML. */
function visibleHtml(el: ElementNode): string {
  // Two elements side by side with nothing between ("…timeline</strong><span>Time…") are often laid
  // out as separate lines: a space between them keeps the words apart in excerpts.
  const space = { type: TEXT_NODE, value: ' ' } as unknown as ElementNode['children'][number];
  const strip = (n: ElementNode): ElementNode => {
    const kept = n.children.filter((c) => !(isElement(c) && unseen(c))).map((c) => (isElement(c) ? strip(c) : c));
    const children = kept.flatMap((c, i) => (i > 0 && isElement(c) && isElement(kept[i - 1]) ? [space, c] : [c]));
    return { ...n, children };
  };
  return renderSync(strip(el));
}

function find(node: { children?: unknown[] }, test: (el: ElementNode) => boolean): ElementNode | undefined {
  for (const c of node.children ?? []) {
    if (!isElement(c)) continue;
    if (test(c)) return c;
    const hit = find(c, test);
    if (hit) return hit;
  }
  return undefined;
}

/** Splits a built page into sections; null when the page is not for search (no data-pagefind-body). */
export function splitPage(html: string, path: string, options: { dropClasses?: string[] } = {}): PageSections | null {
  dropClasses = options.dropClasses ?? [];
  try {
    return split(html, path);
  } finally {
    dropClasses = [];
  }
}

function split(html: string, path: string): PageSections | null {
  const doc = parse(html);
  const body = find(doc, (el) => 'data-pagefind-body' in el.attributes);
  if (!body) return null;
  const h1 = find(body, (el) => el.name === 'h1');
  const title = h1 ? visibleText(h1) : path;
  const keywordsTag = find(doc, (el) => el.name === 'meta' && el.attributes.name === 'keywords');
  const keywords = (keywordsTag?.attributes.content ? decode(keywordsTag.attributes.content) : '')
    .split(',').map((k) => k.trim()).filter(Boolean);

  const sections: Section[] = [];
  let current: Section = { id: null, level: 1, title, html: '', text: '' };
  const parts = new Map<Section, string[]>([[current, []]]);
  let h2: Section | undefined;
  const start = (el: ElementNode) => {
    sections.push(current);
    const level = el.name === 'h3' ? 3 : 2;
    // A glossary entry's title is the term (its <dfn>), not the "also called" words beside it.
    const dfn = el.name === 'dt' ? find(el, (c) => c.name === 'dfn') : undefined;
    current = { id: el.attributes.id, level, title: visibleText(dfn ?? el), html: '', text: '' };
    if (level === 2) h2 = current;
    else if (h2) Object.assign(current, { parentTitle: h2.title, parentId: h2.id });
    const rest = dfn ? el.children.filter((c) => c !== dfn) : [];
    parts.set(current, rest.filter((c) => !(isElement(c) && unseen(c))).map((c) => (isElement(c) ? visibleHtml(c) : renderSync(c as never))));
  };
  const visit = (n: unknown) => {
    if (isElement(n)) {
      if (unseen(n) || n === h1) return;
      if (isAnchor(n)) return start(n);
      if (containsAnchor(n)) return n.children.forEach(visit);
      parts.get(current)!.push(visibleHtml(n));
    } else if ((n as { type: number }).type === TEXT_NODE) {
      parts.get(current)!.push((n as { value: string }).value);
    }
  };
  body.children.forEach(visit);
  sections.push(current);
  for (const s of sections) {
    s.html = parts.get(s)!.join(' ').trim();
    s.text = visibleText(parse(s.html));
  }
  const htmlTag = find(doc, (el) => el.name === 'html');
  const lang = (htmlTag?.attributes.lang ?? 'en').toLowerCase().split('-')[0];
  return { path, title, keywords, sections, lang };
}

// ---------- aliases: words readers use that a section does not ----------

const STOP = new Set('a an and are as at be by can do does for from get got how i if in is it me my of on or that the their them they this to use uses using was what when where which while who why will with you your'.split(' '));

/** Lower-case words of a phrase, without the commonest small words. */
export function tokens(s: string): string[] {
  return s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter((t) => t && !STOP.has(t));
}

/** Two words match when equal, or when both are 4+ letters and share their first five (pregnant ~ pregnancy). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  const n = Math.min(5, a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

// A page's aliases are each scored against all its sections: their words are split once.
const sectionTokens = new WeakMap<Section, { heading: string[]; body: string[] }>();
function tokensOf(s: Section) {
  let t = sectionTokens.get(s);
  if (!t) sectionTokens.set(s, (t = { heading: tokens(`${s.title} ${s.parentTitle ?? ''}`), body: tokens(s.text) }));
  return t;
}

/**
 * The section an alias belongs to: the one whose heading (worth 3) and text (worth 1) share most of
 * the alias's words, each word weighted by how rare it is among the sections (so "treatment", on
 * every section, counts for little). null when no section shares a rare enough word.
 */
export function sectionFor(alias: string, sections: Section[], minScore = 1.5): Section | null {
  const words = tokens(alias);
  const headings = sections.map((s) => tokensOf(s).heading);
  const bodies = sections.map((s) => tokensOf(s).body);
  const has = (list: string[], w: string) => list.some((x) => sameWord(w, x));
  const idf = (w: string) => Math.log((sections.length + 1) / (1 + sections.filter((_, i) => has(headings[i], w) || has(bodies[i], w)).length));
  let best: Section | null = null;
  let bestScore = minScore;
  sections.forEach((s, i) => {
    let score = 0;
    for (const w of words) {
      const weight = idf(w);
      if (has(headings[i], w)) score += 3 * weight;
      else if (has(bodies[i], w)) score += weight;
    }
    if (score > bestScore) [best, bestScore] = [s, score];
  });
  return best;
}

/** The URL of a section: the page, plus #id for a heading. */
export const sectionUrl = (path: string, s: Pick<Section, 'id'>) => (s.id ? `${path}#${s.id}` : path);

/** The HTML document Pagefind indexes for one section: its visible HTML plus metadata. */
export function recordHtml(page: Pick<PageSections, 'title' | 'path'> & { lang?: string }, s: Section, aliases: string[], topics: string[] = []): string {
  const meta = (key: string, value: string | undefined) =>
    value ? `<meta data-pagefind-meta="${key}[content]" content="${escapeAttr(value)}">` : '';
  const glossary = page.path === '/glossary/' && s.level > 1;
  // A section's heading is its title, an h3's a "subtitle" (weighted less: "If a child swallows
  // methadone or buprenorphine" is not where a search for buprenorphine should land first); a
  // glossary entry's word is a "term" (the articles explain more); a page's own record has only
  // the page title.
  let body = s.html;
  // A page's opening words summarise the whole page: worth less than a section about the words.
  if (s.level === 1) body = `<div data-pagefind-weight="0.5">${body}</div>`;
  // The glossary defines a word in a line; the articles' sections answer more.
  else if (glossary) body = `<div data-pagefind-weight="0.7">${body}</div>`;
  return (
    `<!doctype html><html lang="${escapeAttr(page.lang ?? 'en')}"><head>` +
    meta(glossary ? 'term' : s.level === 3 ? 'subtitle' : 'title', s.level === 1 ? undefined : s.title) +
    meta('page', page.title) +
    meta('section', s.parentTitle) +
    meta('aliases', aliases.join(', ')) +
    meta('topic', topics.join(', ')) +
    `</head><body><div data-pagefind-body>${body}</div></body></html>`
  );
}
