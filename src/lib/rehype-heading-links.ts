// Rehype plugins run by the MDX pipeline (astro.config.mjs) on every article's h2 and h3.
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h, s } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { relative, resolve, sep } from 'node:path';
import { contentDir } from './content-dir';
import { headingIds } from './heading-id';

/** What a page's heading plugins need from its file: its language and its old section ids. */
interface AstroFileData { astro?: { frontmatter?: Record<string, unknown> } }

const LINKED = new Set(['h2', 'h3']);

function frontmatterOf(file: VFile): Record<string, unknown> {
  return (file.data as AstroFileData).astro?.frontmatter ?? {};
}

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

/**
 * Ids for pages not in English, in ASCII ("¿Cuánto dura?" → "cuanto-dura"). Runs before Astro's
 * own heading ids, which keep any id already set; English pages are left to Astro, so their ids never change.
 */
export function rehypeAsciiHeadingIds() {
  return (tree: Root, file: VFile) => {
    if (pageLanguage(file.path, frontmatterOf(file)) === 'en') return;
    const idFor = headingIds();
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/.test(node.tagName) && typeof node.properties.id !== 'string') node.properties.id = idFor(toString(node));
    });
  };
}

/** The words before the heading text in the link's accessible name, by page language. */
export const linkLabels: Record<string, string> = { en: 'Link to this section' };

const linkIcon = s(
  'svg',
  { ariaHidden: 'true', width: 16, height: 16, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2.5, strokeLinecap: 'round' },
  [s('path', { d: 'M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1' }), s('path', { d: 'M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1' })],
);

/**
 * Every h2/h3 becomes a focusable heading in a wrapper with a plain #id link after it (JavaScript
 * upgrades the link to copy or share). Old ids of the section (frontmatter anchorAliases) stay as
 * empty anchors before it, so shared links still land there. Needs ids: run after Astro's rehypeHeadingIds.
 */
export function rehypeHeadingLinks(options: { labels?: Record<string, string> } = {}) {
  const labels = { ...linkLabels, ...options.labels };
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const label = labels[pageLanguage(file.path, frontmatter)] ?? labels.en;
    const aliases = aliasesByTarget(frontmatter.anchorAliases);
    visit(tree, 'element', (node, index, parent) => {
      if (!LINKED.has(node.tagName) || index === undefined || !parent) return;
      const id = node.properties.id;
      if (typeof id !== 'string' || !id) {
        throw new Error(`${file.path ?? 'an MDX file'}: a ${node.tagName} has no id; headings must be plain Markdown "##" or "###" lines.`);
      }
      const heading: Element = { ...node, properties: { ...node.properties, className: ['heading'], tabIndex: -1 } };
      const link = h('a', { className: ['heading-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
        h('span', { className: ['sr-only'] }, `${label}: ${toString(node).trim()}`),
        structuredClone(linkIcon),
      ]);
      const oldIds: ElementContent[] = (aliases.get(id) ?? []).map((old) => h('span', { id: old, dataAnchorAlias: id }));
      parent.children[index] = h('div', { className: ['heading-wrap', `level-${node.tagName.slice(1)}`] }, [...oldIds, heading, link]);
      return SKIP;
    });
  };
}
