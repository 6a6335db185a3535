import { describe, expect, test } from 'vitest';
import { searchUrl } from '../../src/lib/search-url';

describe('searchUrl', () => {
  test('sets, trims and clears ?q=', () => {
    expect(searchUrl('https://x.test/search/?q=old#frag', ' suboxone ')).toBe('/search/?q=suboxone');
    expect(searchUrl('https://x.test/search/?q=old', '')).toBe('/search/');
    expect(searchUrl('https://x.test/search/', 'a b&c')).toBe('/search/?q=a+b%26c');
  });
});
