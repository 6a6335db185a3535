import { describe, expect, test } from 'vitest';
import { requireFound } from '../../src/lib/guide';

describe('requireFound', () => {
  const where = { file: 'content/guide/x.mdx', field: 'sources', collection: 'content/sources.yaml' };
  test('keeps the order of the ids', () => {
    expect(requireFound(['b', 'a'], ['B', 'A'], where)).toEqual(['B', 'A']);
  });
  test('an id with no entry names the file, the field, the id and where it was looked for', () => {
    expect(() => requireFound(['a', 'foo'], ['A', undefined], where)).toThrow(
      'content/guide/x.mdx: sources lists "foo", which is not in content/sources.yaml.',
    );
  });
});
