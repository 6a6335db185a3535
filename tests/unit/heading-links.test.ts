import { describe, expect, test } from 'vitest';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { markdownToHtml } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { aliasesByTarget, headingWrap, pageLanguage, satteriHeadingLinks } from '../../src/lib/heading-links';

const svg =
  '<svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round">' +
  '<path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1"></path><path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"></path></svg>';

interface Heading { depth: number; slug: string; text: string }

/**
 * Markdown through Sätteri as Astro runs it: the features Astro turns on, our plugin, then Astro's
 * own heading-id plugin (which Astro always puts after user plugins), and the headings Astro collects.
 */
async function render(markdown: string, path = '/site/content/guide/x.mdx', frontmatter: Record<string, unknown> = {}, ours = true) {
  const astro = { frontmatter, headings: [] as Heading[] };
  const plugins = [...(ours ? [satteriHeadingLinks({ labels: { en: 'Link to this section', es: 'Enlace a esta sección' }, content: '/site/content' })] : []), satteriHeadingIdsPlugin()];
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: plugins,
    features: { gfm: true, smartPunctuation: true },
    fileURL: new URL(`file://${path}`),
    data: { astro: astro as never },
  });
  return { html, headings: astro.headings };
}

describe('headingWrap', () => {
  test('a focusable heading in a wrapper with a labelled #link, the markup the CSS and scripts expect', () => {
    expect(toHtml(headingWrap(h('h2', { id: 'methadone' }, 'Methadone'), 'Methadone', 'Link to this section'))).toBe(
      '<div class="heading-wrap level-2"><h2 id="methadone" class="heading" tabindex="-1">Methadone</h2>' +
        '<a class="heading-link" href="#methadone" data-pagefind-ignore=""><span class="sr-only">Link to this section: Methadone</span>' +
        svg +
        '</a></div>',
    );
  });
  test('old ids stay as empty anchors before the heading, each naming the id it now lands on', () => {
    expect(toHtml(headingWrap(h('h3', { id: 'new' }, 'New'), 'New', 'L', ['old', 'older']))).toMatch(
      /^<div class="heading-wrap level-3"><span id="old" data-anchor-alias="new"><\/span><span id="older" data-anchor-alias="new"><\/span><h3 id="new"/,
    );
  });
});

describe('satteriHeadingLinks, in the Sätteri pipeline', () => {
  test('wraps each h2 and h3 with its link; the label is the heading text without markup', async () => {
    const { html } = await render('## Methadone\n\nWords.\n\n### Tom *& Jerry’s* "plan"\n');
    expect(html).toContain(
      '<div class="heading-wrap level-2"><h2 id="methadone" class="heading" tabindex="-1">Methadone</h2>' +
        `<a class="heading-link" href="#methadone" data-pagefind-ignore=""><span class="sr-only">Link to this section: Methadone</span>${svg}</a></div>`,
    );
    expect(html).toContain('<div class="heading-wrap level-3"><h3 id="tom--jerrys-plan" class="heading" tabindex="-1">Tom <em>&amp; Jerry’s</em> “plan”</h3>');
    expect(html).toContain('<span class="sr-only">Link to this section: Tom &amp; Jerry’s “plan”</span>');
  });
  test("a page whose language has no heading-link words is an error naming the page and the file", () => {
    const plugin = satteriHeadingLinks({ labels: { en: 'Link to this section' }, content: '/site/content' });
    expect(() => plugin({ fileURL: new URL('file:///site/content/es/guide/x.mdx'), data: {} } as never)).toThrow(/x\.mdx.*"es".*content\/es\/ui\.yaml `headingLink`/);
  });
  test('h1 and h4 get ids but no link', async () => {
    const { html } = await render('# Title\n\n#### Small\n');
    expect(html.trim()).toBe('<h1 id="title">Title</h1>\n<h4 id="small">Small</h4>');
  });
  test('English ids are exactly the ones Astro gives on its own, accents and repeats included', async () => {
    const markdown = '## Café\n\n## Isn\'t that "swapping"?\n\n### Where to get it\n\n#### Where to get it\n\n## Where to get it\n';
    const ids = (html: string) => [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
    const ours = ids((await render(markdown)).html);
    const astroAlone = ids((await render(markdown, undefined, {}, false)).html);
    expect(ours).toEqual(astroAlone);
    expect(ours).toEqual(['café', 'isnt-that-swapping', 'where-to-get-it', 'where-to-get-it-1', 'where-to-get-it-2']);
  });
  test('a Spanish page gets ASCII ids, numbered when repeated, and its link label in Spanish', async () => {
    const { html } = await render('## ¿Cuánto dura la abstinencia?\n\n### Dónde\n\n### Dónde\n', '/site/content/es/guide/trastorno.mdx');
    expect([...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1])).toEqual(['cuanto-dura-la-abstinencia', 'donde', 'donde-1']);
    expect(html).toContain('<span class="sr-only">Enlace a esta sección: ¿Cuánto dura la abstinencia?</span>');
  });
  test('frontmatter lang wins over the folder', async () => {
    const { html } = await render('## Señales\n', '/site/content/guide/x.mdx', { lang: 'es' });
    expect(html).toContain('<h2 id="senales"');
  });
  test('old ids from frontmatter anchorAliases stay as empty anchors before the renamed heading', async () => {
    const { html } = await render('## A section\n\n## Other\n', undefined, { anchorAliases: { 'old-section': 'a-section', older: 'a-section' } });
    expect(html).toMatch(/^<div class="heading-wrap level-2"><span id="old-section" data-anchor-alias="a-section"><\/span><span id="older" data-anchor-alias="a-section"><\/span><h2 id="a-section"/);
    expect(html.match(/data-anchor-alias/g)).toHaveLength(2);
  });
  test("Astro's own heading plugin, which runs after ours, lists our ids for the contents", async () => {
    const { headings } = await render('## ¿Por qué?\n\n### Metadona\n', '/site/content/es/guide/x.mdx');
    expect(headings).toEqual([
      { depth: 2, slug: 'por-que', text: '¿Por qué?' },
      { depth: 3, slug: 'metadona', text: 'Metadona' },
    ]);
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
