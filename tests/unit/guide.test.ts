import { describe, expect, test } from 'vitest';
import { articleHref, inReadingOrder, neighbours, requireFound } from '../../src/lib/guide';

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
