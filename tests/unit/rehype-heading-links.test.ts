import { describe, expect, test } from 'vitest';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { aliasesByTarget, pageLanguage, rehypeAsciiHeadingIds, rehypeHeadingLinks } from '../../src/lib/rehype-heading-links';

const svg =
  '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">' +
  '<path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1"></path><path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"></path></svg>';

// hast-util-to-html writes an empty attribute as name=""; Astro writes it bare (the dist diff checks that).
function run(plugin: (tree: Root, file: VFile) => void, tree: Root, path = 'content/guide/x.mdx', frontmatter: Record<string, unknown> = {}): string {
  plugin(tree, new VFile({ path, data: { astro: { frontmatter } } }));
  return toHtml(tree);
}

describe('rehypeHeadingLinks', () => {
  test('wraps an h2 with a focusable heading and a labelled #link, the markup the CSS and scripts expect', () => {
    const tree: Root = { type: 'root', children: [h('h2', { id: 'methadone' }, 'Methadone'), h('p', 'Words.')] };
    expect(run(rehypeHeadingLinks(), tree)).toBe(
      '<div class="heading-wrap level-2"><h2 id="methadone" class="heading" tabindex="-1">Methadone</h2>' +
        '<a class="heading-link" href="#methadone" data-pagefind-ignore=""><span class="sr-only">Link to this section: Methadone</span>' +
        svg +
        '</a></div><p>Words.</p>',
    );
  });
  test('the label is the heading text without its markup, entities decoded; h3 gets level-3', () => {
    const tree: Root = { type: 'root', children: [h('h3', { id: 'x' }, ['Tom ', h('em', '& Jerry’s'), ' "plan"'])] };
    const html = run(rehypeHeadingLinks(), tree);
    expect(html).toMatch(/^<div class="heading-wrap level-3"><h3 id="x" class="heading" tabindex="-1">Tom <em>&#x26; Jerry’s<\/em> "plan"<\/h3>/);
    expect(tree.children[0]).toMatchObject({ children: [{}, { children: [{ children: [{ value: 'Link to this section: Tom & Jerry’s "plan"' }] }, {}] }] });
  });
  test('h1 and h4 are left alone', () => {
    const tree: Root = { type: 'root', children: [h('h1', { id: 'a' }, 'A'), h('h4', { id: 'b' }, 'B')] };
    expect(run(rehypeHeadingLinks(), tree)).toBe('<h1 id="a">A</h1><h4 id="b">B</h4>');
  });
  test('old ids from frontmatter anchorAliases stay as empty anchors before the renamed heading', () => {
    const tree: Root = { type: 'root', children: [h('h2', { id: 'a-section' }, 'A section'), h('h2', { id: 'other' }, 'Other')] };
    const html = run(rehypeHeadingLinks(), tree, 'content/guide/x.mdx', { anchorAliases: { 'old-section': 'a-section', older: 'a-section' } });
    expect(html).toMatch(
      /^<div class="heading-wrap level-2"><span id="old-section" data-anchor-alias="a-section"><\/span><span id="older" data-anchor-alias="a-section"><\/span><h2 id="a-section"/,
    );
    expect(html.match(/data-anchor-alias/g)).toHaveLength(2);
  });
  test('a heading without an id is an error naming the file', () => {
    const tree: Root = { type: 'root', children: [h('h2', 'No id')] };
    expect(() => run(rehypeHeadingLinks(), tree, 'content/guide/broken.mdx')).toThrow(/content\/guide\/broken\.mdx: a h2 has no id/);
  });
  test('the label follows the page language when words for it are given', () => {
    const tree: Root = { type: 'root', children: [h('h2', { id: 'metadona' }, 'Metadona')] };
    const html = run(rehypeHeadingLinks({ labels: { es: 'Enlace a esta sección' } }), tree, 'content/es/guide/medicamentos.mdx');
    expect(html).toContain('<span class="sr-only">Enlace a esta sección: Metadona</span>');
  });
});

describe('rehypeAsciiHeadingIds', () => {
  test('a Spanish page gets ASCII ids, numbered when repeated', () => {
    const tree: Root = { type: 'root', children: [h('h2', '¿Cuánto dura la abstinencia?'), h('h3', 'Dónde'), h('h3', 'Dónde')] };
    run(rehypeAsciiHeadingIds(), tree, 'content/es/guide/trastorno.mdx');
    expect(tree.children.map((n) => (n.type === 'element' ? n.properties.id : undefined))).toEqual(['cuanto-dura-la-abstinencia', 'donde', 'donde-1']);
  });
  test('English pages are left to Astro, so their ids never change', () => {
    const tree: Root = { type: 'root', children: [h('h2', 'Café')] };
    expect(run(rehypeAsciiHeadingIds(), tree)).toBe('<h2>Café</h2>');
  });
  test('an id already set is kept', () => {
    const tree: Root = { type: 'root', children: [h('h2', { id: 'kept' }, 'Sí')] };
    expect(run(rehypeAsciiHeadingIds(), tree, 'x.mdx', { lang: 'es' })).toBe('<h2 id="kept">Sí</h2>');
  });
});

describe('pageLanguage', () => {
  test('frontmatter lang, else a language folder in the content folder, else English', () => {
    expect(pageLanguage('/site/content/guide/medications.mdx', {}, '/site/content')).toBe('en');
    expect(pageLanguage('/site/content/es/guide/medicamentos.mdx', {}, '/site/content')).toBe('es');
    expect(pageLanguage('/site/content/es/pages/acerca-de.mdx', {}, '/site/content')).toBe('es');
    expect(pageLanguage('/site/content/guide/x.mdx', { lang: 'ES' }, '/site/content')).toBe('es');
    expect(pageLanguage(undefined)).toBe('en');
  });
  test('a content folder that happens to have a two-letter name is still English', () => {
    expect(pageLanguage('/tmp/es/guide/x.mdx', {}, '/tmp/es')).toBe('en');
  });
  test('relative to the configured content folder by default (./content)', () => {
    expect(pageLanguage('content/es/guide/x.mdx')).toBe('es');
    expect(pageLanguage('content/guide/x.mdx')).toBe('en');
  });
});

describe('aliasesByTarget', () => {
  test('groups old ids by the id they now land on; ignores anything else', () => {
    expect(aliasesByTarget({ a: 'x', b: 'x', c: 'y' })).toEqual(new Map([['x', ['a', 'b']], ['y', ['c']]]));
    expect(aliasesByTarget(undefined).size).toBe(0);
    expect(aliasesByTarget('nonsense').size).toBe(0);
  });
});
