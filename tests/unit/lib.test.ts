import { describe, expect, test } from 'vitest';
import { buildToc } from '../../src/lib/toc';
import { citationNumber, parseCiteIds } from '../../src/lib/citations';
import { plainText, readingMinutes } from '../../src/lib/reading';
import { formatDate, isoDate, nextReviewDue } from '../../src/lib/dates';
import { articleHref, inReadingOrder, neighbours } from '../../src/lib/guide';
import { searchUrl } from '../../src/lib/search-url';
import { isSlashShortcut } from '../../src/lib/shortcuts';
import { nextTheme } from '../../src/lib/theme';
import { byTerm } from '../../src/lib/glossary';
import { citingArticles } from '../../src/lib/sources';
import { contentDir } from '../../src/lib/content-dir';
import { articleJsonLd } from '../../src/lib/jsonld';

describe('buildToc', () => {
  test('nests h3s under the preceding h2 and drops other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  test('an h3 before any h2 stands at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toHaveLength(1);
  });
});

describe('citations', () => {
  test('numbers follow the frontmatter order', () => {
    expect(citationNumber(['a', 'b', 'c'], 'c', 'f.mdx')).toBe(3);
  });
  test('an id missing from the frontmatter names the file and the id', () => {
    expect(() => citationNumber(['a'], 'zz', 'content/guide/x.mdx')).toThrow(/content\/guide\/x\.mdx.*"zz"/);
  });
  test('one marker can cite several sources', () => {
    expect(parseCiteIds('a b,c')).toEqual(['a', 'b', 'c']);
    expect(() => parseCiteIds('  ')).toThrow(/needs an id/);
  });
});

describe('reading', () => {
  test('plainText drops markup, components and link targets', () => {
    expect(plainText('## Title\n\nSee [the page](/x/) now.<Cite id="a" /> **Bold** <Term id="t">word</Term>')).toBe(
      'Title See the page now. Bold word',
    );
  });
  test('reading time rounds at 200 words a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('')).toBe(1);
  });
});

describe('dates', () => {
  test('next review is a year after the last, and formats without ambiguity', () => {
    const due = nextReviewDue(new Date('2026-03-05'));
    expect(isoDate(due)).toBe('2027-03-05');
    expect(formatDate(due)).toBe('5 March 2027');
  });
  test('a time-bound claim due before the yearly review brings the review forward, never later', () => {
    expect(isoDate(nextReviewDue(new Date('2026-11-25'), new Date('2026-12-31')))).toBe('2026-12-31');
    expect(isoDate(nextReviewDue(new Date('2026-03-05'), new Date('2028-01-01')))).toBe('2027-03-05');
  });
});

describe('guide order', () => {
  const a = { id: 'a', data: { order: 2, title: 'A' } };
  const b = { id: 'b', data: { order: 1, title: 'B' } };
  const c = { id: 'c', data: { order: 3, title: 'C' } };
  test('sorts by order and finds neighbours', () => {
    const ordered = inReadingOrder([a, b, c]);
    expect(ordered.map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(neighbours(ordered, 'a')).toEqual({ prev: b, next: c });
    expect(neighbours(ordered, 'b').prev).toBeUndefined();
    expect(neighbours(ordered, 'nope')).toEqual({});
  });
  test('two articles with one order number is an error naming both', () => {
    expect(() => inReadingOrder([a, { ...b, data: { order: 2, title: 'B' } }])).toThrow(/"a" and "b" both have order 2/);
  });
  test('hrefs are clean directory URLs', () => {
    expect(articleHref('medications')).toBe('/medications/');
  });
});

// Help lines: tests/unit/helplines.test.ts.

describe('searchUrl', () => {
  test('sets, trims and clears ?q=', () => {
    expect(searchUrl('https://x.test/search/?q=old#frag', ' suboxone ')).toBe('/search/?q=suboxone');
    expect(searchUrl('https://x.test/search/?q=old', '')).toBe('/search/');
    expect(searchUrl('https://x.test/search/', 'a b&c')).toBe('/search/?q=a+b%26c');
  });
});

describe('slash shortcut', () => {
  const key = (k: string, mods = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  test('a bare slash outside fields jumps to search', () => {
    expect(isSlashShortcut(key('/'), { tagName: 'BODY' })).toBe(true);
    expect(isSlashShortcut(key('/'), null)).toBe(true);
  });
  test('not while typing, not with modifiers, not other keys', () => {
    expect(isSlashShortcut(key('/'), { tagName: 'input' })).toBe(false);
    expect(isSlashShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isSlashShortcut(key('/', { ctrlKey: true }), { tagName: 'BODY' })).toBe(false);
    expect(isSlashShortcut(key('a'), { tagName: 'BODY' })).toBe(false);
  });
});

test('theme toggles between light and dark', () => {
  expect(nextTheme('light')).toBe('dark');
  expect(nextTheme('dark')).toBe('light');
});

test('glossary sorts alphabetically regardless of case', () => {
  const t = (id: string, term: string) => ({ id, data: { term } });
  expect(byTerm([t('b', 'buprenorphine'), t('a', 'Agonist'), t('c', 'CBT')]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
});

test('citingArticles maps each source to the articles citing it, in order', () => {
  const map = citingArticles([
    { id: 'one', title: 'One', sources: ['s1', 's2'] },
    { id: 'two', title: 'Two', sources: ['s2'] },
  ]);
  expect(map.get('s2')).toEqual([{ id: 'one', title: 'One' }, { id: 'two', title: 'Two' }]);
  expect(map.get('s3')).toBeUndefined();
});

test('contentDir defaults to ./content and honours CONTENT_DIR', () => {
  expect(contentDir({})).toBe('./content');
  expect(contentDir({ CONTENT_DIR: '/tmp/corpus/' })).toBe('/tmp/corpus');
  expect(contentDir({ CONTENT_DIR: '  ' })).toBe('./content');
});

test('JSON-LD describes a reviewed MedicalWebPage', () => {
  const ld = articleJsonLd({ title: 'T', description: 'D', url: 'https://x.test/t/', lastReviewed: new Date('2026-11-23') });
  expect(ld).toMatchObject({ '@type': 'MedicalWebPage', lastReviewed: '2026-11-23', name: 'T' });
});

describe('navWindow', async () => {
  const { navWindow } = await import('../../src/lib/nav-window');
  const list = Array.from({ length: 100 }, (_, i) => i);
  test('a small guide is shown whole', () => {
    expect(navWindow([1, 2, 3], 1)).toEqual({ items: [1, 2, 3], start: 0, clipped: false });
  });
  test('a large one shows a window centred on the current article, kept inside the list', () => {
    expect(navWindow(list, 50, 5)).toEqual({ items: [48, 49, 50, 51, 52], start: 48, clipped: true });
    expect(navWindow(list, 0, 5).items).toEqual([0, 1, 2, 3, 4]);
    expect(navWindow(list, 99, 5).items).toEqual([95, 96, 97, 98, 99]);
  });
});
