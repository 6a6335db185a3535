import { describe, expect, test } from 'vitest';
import { plainText, readingMinutes } from '../../src/lib/reading';

describe('reading', () => {
  test('plainText drops markup, components and link targets', () => {
    expect(plainText('## Title\n\nSee [the page](/x/) now.<Cite id="a" /> **Bold** <Term id="t">word</Term>')).toBe(
      'Title See the page now. Bold word',
    );
  });
  test('reading time rounds at 200 words a minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
    expect(readingMinutes('')).toBe(1);
  });
});
