import { beforeAll, describe, expect, test } from 'vitest';
import { runAstroOn } from '../helpers/fixture-build';

// Full Astro runs on small fixtures: only what cannot be checked in-process. Each schema's rules
// are tested without Astro in content-schemas.test.ts; this proves Astro applies them.
// Every build starts here, together (as many at once as there are cores, each in a project folder
// of its own); each test awaits its own.
const builds = {
  schemaBreak: runAstroOn('broken/missing-title', 'build'),
  renders: runAstroOn('renders', 'build', ['old-name/index.html', 'fixture-article/index.html', 'second-article/index.html', 'index.html']),
};
const renderBreaks = new Map(['unknown-source', 'cite-not-in-frontmatter', 'unknown-glossary-term'].map((name) => [name, runAstroOn(`broken/${name}`, 'build')]));

test('content that breaks a schema stops `astro build`, naming the file and the field', async () => {
  const run = await builds.schemaBreak;
  expect(run.code, run.output).not.toBe(0);
  expect(run.output).toMatch(/fixture-article/);
  expect(run.output).toMatch(/title/);
});

describe('content that renders wrongly fails `astro build`', () => {
  test.each([
    ['unknown-source', /fixture-article.*sources.*no-such-source/s],
    ['cite-not-in-frontmatter', /fixture-article\.mdx.*other-source.*frontmatter "sources"/s],
    ['unknown-glossary-term', /fixture-article\.mdx.*not-a-term.*glossary\.yaml/s],
  ])('%s', async (name, message) => {
    const run = await renderBreaks.get(name)!;
    expect(run.code, run.output).not.toBe(0);
    expect(run.output).toMatch(message);
  });
});

describe('the minimal fixture with one article that uses every frontmatter feature builds', () => {
  let run: Awaited<typeof builds.renders>;
  beforeAll(async () => {
    run = await builds.renders;
  }, 120_000);
  test('it builds', () => {
    expect(run.code, run.output).toBe(0);
  });

  test('aliases keep old addresses working: a redirect page and an anchor at the renamed section', () => {
    expect(run.files['old-name/index.html']).toMatch(/<meta http-equiv="refresh" content="0; url=\/fixture-article\/"/);
    expect(run.files['fixture-article/index.html']).toMatch(/<span id="old-section" data-anchor-alias="a-section"><\/span>\s*<h2 id="a-section"/);
  });

  test('key points render under the title, and related articles at the end of the article', () => {
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

  test('the words of the page come from the fixture copy files (needs.yaml, ui.yaml)', () => {
    const home = run.files['index.html'] ?? '';
    expect(home).toMatch(/<a href="\/fixture-article\/"[^>]*>Someone may be overdosing<\/a>/);
    expect(home).toMatch(/Where do you want to start\?/);
  });
});
