import { describe, expect, test } from 'vitest';
import { runAstroOn } from '../helpers/fixture-build';

// Each broken case must stop Astro with a message naming the file and the field at fault.
const schemaCases: [string, RegExp, RegExp][] = [
  ['missing-title', /fixture-article/, /title/],
  ['description-too-long', /fixture-article/, /description.*160 characters/],
  ['bad-date', /fixture-article/, /lastReviewed/],
  ['order-not-a-number', /fixture-article/, /order/],
  ['source-without-https', /sources/, /url/],
  ['source-unchecked', /fixture-source/, /checked/],
  ['key-points-too-few', /fixture-article/, /keyPoints: give 3 to 5 points/],
  ['key-point-two-sentences', /fixture-article/, /keyPoints: each point is exactly one sentence/],
];

describe('content that breaks the schema fails `astro sync`', () => {
  test('the minimal fixture itself is valid', () => {
    const run = runAstroOn(null, 'sync');
    expect(run.output).not.toMatch(/error/i);
    expect(run.code).toBe(0);
  });

  test.each(schemaCases)('%s', (name, file, field) => {
    const run = runAstroOn(`broken/${name}`, 'sync');
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(file);
    expect(run.output).toMatch(field);
  });
});

describe('content that renders wrongly fails `astro build`', () => {
  test.each([
    ['unknown-source', /fixture-article.*sources.*no-such-source/s],
    ['cite-not-in-frontmatter', /fixture-article\.mdx.*other-source.*frontmatter "sources"/s],
    ['unknown-glossary-term', /fixture-article\.mdx.*not-a-term.*glossary\.yaml/s],
  ])('%s', (name, message) => {
    const run = runAstroOn(`broken/${name}`, 'build');
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(message);
  });
});

test('aliases keep old addresses working: a redirect page and an anchor at the renamed section', () => {
  const run = runAstroOn('aliases', 'build', ['old-name/index.html', 'fixture-article/index.html']);
  expect(run.code, run.output).toBe(0);
  expect(run.files['old-name/index.html']).toMatch(/<meta http-equiv="refresh" content="0; url=\/fixture-article\/"/);
  expect(run.files['fixture-article/index.html']).toMatch(/<span id="old-section" data-anchor-alias="a-section"><\/span>\s*<h2 id="a-section"/);
});

test('key points render under the title, and related articles at the end of the article', () => {
  const run = runAstroOn('key-points', 'build', ['fixture-article/index.html', 'second-article/index.html']);
  expect(run.code, run.output).toBe(0);
  const html = run.files['fixture-article/index.html'] ?? '';
  // Right after the title: a "Key points" box with the three points, in order.
  const box = html.match(/<h1[^>]*>A fixture article<\/h1>\s*<section class="key-points"[^>]*aria-label="Key points"[^>]*>(.*?)<\/section>/s);
  expect(box, 'a Key points box right after the h1').not.toBeNull();
  expect([...box![1].matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1])).toEqual([
    'The first point is one short sentence.',
    'The second point is another sentence.',
    'The third point ends the box.',
  ]);
  // After the article's last section, before the references: "Related", linking the other article.
  const related = html.match(/<nav class="related[^"]*"[^>]*aria-label="Related"[^>]*>(.*?)<\/nav>/s);
  expect(related, 'a Related list').not.toBeNull();
  expect(related![1]).toMatch(/<a href="\/second-article\/"[^>]*>The second fixture article<\/a>/);
  expect(html.indexOf('class="related')).toBeGreaterThan(html.indexOf('id="a-section"'));
  expect(html.indexOf('class="related')).toBeLessThan(html.indexOf('id="references"'));
  // An article without them shows neither.
  const second = run.files['second-article/index.html'] ?? '';
  expect(second).not.toMatch(/class="key-points"/);
  expect(second).not.toMatch(/class="related/);
});
