import { describe, expect, test } from 'vitest';
import { navWindow } from '../../src/lib/nav-window';

describe('navWindow', () => {
  const list = Array.from({ length: 100 }, (_, i) => i);
  test('a small guide is shown whole', () => {
    expect(navWindow([1, 2, 3], 1)).toEqual({ items: [1, 2, 3], start: 0, clipped: false });
  });
  test('a large one shows a window centred on the current article, kept inside the list', () => {
    expect(navWindow(list, 50, 5)).toEqual({ items: [48, 49, 50, 51, 52], start: 48, clipped: true });
    expect(navWindow(list, 0, 5).items).toEqual([0, 1, 2, 3, 4]);
    expect(navWindow(list, 99, 5).items).toEqual([95, 96, 97, 98, 99]);
  });
});
