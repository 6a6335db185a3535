import { describe, expect, test } from 'vitest';
import { articleHref, inReadingOrder, neighbours } from '../../src/lib/guide';

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
