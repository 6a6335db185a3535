import { describe, expect, test } from 'vitest';
import { runAstroOn } from './helpers/fixture-build';

// Each broken case must stop Astro with a message naming the file and the field at fault.
const schemaCases: [string, RegExp, RegExp][] = [
  ['missing-title', /fixture-article/, /title/],
  ['description-too-long', /fixture-article/, /description.*160 characters/],
  ['bad-date', /fixture-article/, /lastReviewed/],
  ['order-not-a-number', /fixture-article/, /order/],
  ['source-without-https', /sources/, /url/],
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
