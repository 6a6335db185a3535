import { describe, expect, test } from 'vitest';
import { citationNumber, parseCiteIds } from '../../src/lib/citations';

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
