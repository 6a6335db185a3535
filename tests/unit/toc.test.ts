import { describe, expect, test } from 'vitest';
import { buildToc } from '../../src/lib/toc';

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
