// The heading plugin of the MDX pipeline (Sätteri, astro.config.mjs): every heading's id, and on
// every h2 and h3 the link control readers share a section with.
import type { Element, ElementContent } from 'hast';
import { h, s } from 'hastscript';
import { satteriCollectHastText } from '@astrojs/markdown-satteri';
import type { HastPluginDefinition, HastVisitorContext, PluginFactoryContext } from 'satteri';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from './content-dir';
import { pageHeadingId } from './heading-id';

const LINKED = new Set(['h2', 'h3']);
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The page's language: frontmatter `lang`, else a language folder in the content folder
 * (content/es/guide/x.mdx → "es"), else English (content/guide/x.mdx).
 */
export function pageLanguage(path: string | undefined, frontmatter: Record<string, unknown> = {}, content = contentDir()): string {
  if (typeof frontmatter.lang === 'string' && frontmatter.lang) return frontmatter.lang.toLowerCase();
  if (!path) return 'en';
  const inContent = relative(resolve(content), resolve(path)).split(sep);
  return inContent.length === 3 && /^[a-z]{2}(-[a-z]{2})?$/i.test(inContent[0]) ? inContent[0].toLowerCase() : 'en';
}

/** Old ids that must keep landing on a section: frontmatter `anchorAliases` { old-id: new-id }, grouped by new id. */
export function aliasesByTarget(anchorAliases: unknown): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  if (!anchorAliases || typeof anchorAliases !== 'object') return byTarget;
  for (const [from, to] of Object.entries(anchorAliases)) {
    if (typeof to === 'string') byTarget.set(to, [...(byTarget.get(to) ?? []), from]);
  }
  return byTarget;
}

const linkIcon = s(
  'svg',
  { ariaHidden: 'true', width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2.5, strokeLinecap: 'round' },
  [s('path', { d: 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1' }), s('path', { d: 'M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1' })],
);

/**
 * An h2/h3 (with its id) as the page shows it: a focusable heading in a wrapper with a plain #id
 * link after it (JavaScript upgrades the link to copy or share), and the section's old ids
 * (frontmatter anchorAliases) as empty anchors before it, so shared links still land there.
 * `text` is the heading's text without markup, for the link's accessible name.
 */
export function headingWrap(heading: Element, text: string, label: string, oldIds: string[] = []): Element {
  const id = String(heading.properties.id);
  const focusable: Element = { ...heading, properties: { ...heading.properties, className: ['heading'], tabIndex: -1 } };
  const link = h('a', { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { className: ['sr-only'] }, `${label}: ${text.trim()}`),
    structuredClone(linkIcon),
  ]);
  const anchors: ElementContent[] = oldIds.map((old) => h('span', { id: old, dataAnchorAlias: id }));
  return h('div', { className: ['heading-wrap', `level-${heading.tagName.slice(1)}`] }, [...anchors, focusable, link]);
}

interface AstroData { astro?: { frontmatter?: Record<string, unknown> } }

/** The heading's text as Astro's own heading-id plugin reads it ({frontmatter.x} expressions resolved), so English ids stay Astro's. */
function headingText(node: Element, ctx: HastVisitorContext, frontmatter: Record<string, unknown>): string {
  const text = ctx.textContent(node);
  return text.includes('frontmatter') ? satteriCollectHastText(node, frontmatter) : text;
}

/**
 * The Sätteri hast plugin (one instance per page, so repeated headings are numbered per page).
 * Astro runs its own heading-id plugin after every user plugin and keeps an id already set, so
 * this one sets every heading's id itself (ASCII on pages not in English, Astro's slug on English
 * ones) before it adds the link that points at it; Astro then reads these ids for the contents list.
 */
export function satteriHeadingLinks(options: { labels: Record<string, string>; content?: string }) {
  // The words before the heading text in the link's accessible name, by language (ui.yaml `headingLink`).
  const { labels } = options;
  return (page: Pick<PluginFactoryContext, 'fileURL' | 'data'>): HastPluginDefinition => {
    const path = page.fileURL ? fileURLToPath(page.fileURL) : undefined;
    const frontmatter = (page.data as AstroData).astro?.frontmatter ?? {};
    const lang = pageLanguage(path, frontmatter, options.content);
    const label = labels[lang];
    if (!label) throw new Error(`${path ?? 'a page'}: no heading-link words for "${lang}" (content/${lang === 'en' ? '' : `${lang}/`}ui.yaml \`headingLink\`).`);
    const aliases = aliasesByTarget(frontmatter.anchorAliases);
    const idFor = pageHeadingId(lang);
    return {
      name: 'heading-links',
      element: {
        filter: HEADINGS,
        visit(node, ctx) {
          // Only plain Markdown headings are elements here (a JSX <h2> is not), so none has an id yet.
          const text = headingText(node, ctx, frontmatter);
          const id = typeof node.properties.id === 'string' && node.properties.id ? node.properties.id : idFor(text);
          if (!LINKED.has(node.tagName)) return void ctx.setProperty(node, 'id', id);
          const heading: Element = { ...node, properties: { ...node.properties, id } };
          ctx.replaceNode(node, headingWrap(heading, text, label, aliases.get(id)));
        },
      },
    };
  };
}
