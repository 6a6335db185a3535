import { describe, expect, test } from 'vitest';
import { linkProblems, hrefsOf, idsOf } from '../../src/lib/link-check';

describe('linkProblems', () => {
  const pages = [
    { path: '/', html: '<a href="/a/#x">ok</a><a href="/a/#gone">bad anchor</a><a href="/b/">bad page</a><a href="/favicon.svg">asset</a>' },
    { path: '/a/', html: '<h2 id="x">X</h2><a href="#x">self</a><a href="tel:911">911</a><a href="sms:435748">435748</a>' },
    { path: '/c/', html: '<a href="http://nida.nih.gov/">plain http</a><a href="https://evil.example/">elsewhere</a><a href="https://nida.nih.gov/x">ok</a>' },
  ];
  test('names each broken link with its page', () => {
    expect(linkProblems(pages, new Set(['/favicon.svg']))).toEqual([
      '/: /a/#gone points to #gone, which /a/ does not have',
      '/: /b/ points to /b/, which is not in the built site',
      '/c/: http://nida.nih.gov/ is not https',
      '/c/: https://evil.example/ links to evil.example, which is not on the allow-list (src/lib/allowed-hosts.ts)',
    ]);
  });
  test('reads hrefs and ids, decoding entities', () => {
    expect(hrefsOf('<a class="x" href="/q/?a=1&amp;b=2">')).toEqual(['/q/?a=1&b=2']);
    expect([...idsOf('<h2 id="a">A</h2><p id="b">')]).toEqual(['a', 'b']);
  });
});
