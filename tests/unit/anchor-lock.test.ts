import { describe, expect, test } from 'vitest';
import { anchorsOf, buildLock, lockProblems } from '../../src/lib/anchor-lock';

const article = (ids: string[], extra = '') => `<main>${extra}${ids.map((id) => `<h2 id="${id}" class="heading">X</h2>`).join('')}</main>`;
const lock = { '/guide/': ['dosing', 'risks'] };

describe('anchor lock', () => {
  test('builds from headings, glossary terms and alias anchors', () => {
    expect(anchorsOf('<h3 id="b">B</h3><dt id="a">A</dt><span id="old" data-anchor-alias="b"></span><p id="not-me">')).toEqual(['a', 'b', 'old']);
    // Read as HTML: ids in comments or scripts are not anchors, and entities are decoded.
    expect(anchorsOf('<!-- <h2 id="old"> --><script>document.write(\'<h2 id="x">\')</script><h2 id="a&amp;b">AB</h2>')).toEqual(['a&b']);
    expect(buildLock([{ path: '/x/', html: article(['a']) }, { path: '/old/', html: '<meta http-equiv="refresh" content="0; url=/x/">' }])).toEqual({ '/old/': [], '/x/': ['a'] });
  });
  test('a removed anchor fails, naming the address and the fix', () => {
    expect(lockProblems(lock, [{ path: '/guide/', html: article(['dosing', 'side-effects']) }])).toEqual([
      '/guide/#risks was published and is gone: add "risks: <new-id>" to the article\'s "anchorAliases" in frontmatter',
    ]);
  });
  test('an anchor alias makes it pass', () => {
    const withAlias = article(['dosing', 'side-effects'], '<span id="risks" data-anchor-alias="side-effects"></span>');
    expect(lockProblems(lock, [{ path: '/guide/', html: withAlias }])).toEqual([]);
  });
  test('a removed page fails; a redirect page keeps it and its anchors working', () => {
    expect(lockProblems(lock, [])).toEqual([expect.stringContaining('/guide/ was published and is gone')]);
    const pages = [
      { path: '/guide/', html: '<meta http-equiv="refresh" content="0; url=/new-guide/">' },
      { path: '/new-guide/', html: article(['dosing', 'risks']) },
    ];
    expect(lockProblems(lock, pages)).toEqual([]);
  });
});
