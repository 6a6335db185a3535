import { describe, expect, test } from 'vitest';
import { fill, inline, plain } from '../../src/lib/inline';

describe('inline: copy with link and strong marks', () => {
  test('plain text is one part', () => {
    expect(inline('Just words.')).toEqual([{ text: 'Just words.' }]);
  });
  test('links and strong words in order, with the text around them', () => {
    expect(inline('If someone may be overdosing, **call 911 now** and see [what to do](/overdose/).')).toEqual([
      { text: 'If someone may be overdosing, ' },
      { text: 'call 911 now', strong: true },
      { text: ' and see ' },
      { text: 'what to do', href: '/overdose/' },
      { text: '.' },
    ]);
  });
  test('a phone link', () => {
    expect(inline('[988](tel:988)')).toEqual([{ text: '988', href: 'tel:988' }]);
  });
  test('brackets that are not a link stay text', () => {
    expect(inline('Residential ("rehab") [sic]')).toEqual([{ text: 'Residential ("rehab") [sic]' }]);
  });
  test('plain() drops the marks', () => {
    expect(plain('Read [the guide](/#guide) **now**.')).toBe('Read the guide now.');
  });
});

describe('fill: placeholders', () => {
  test('replaces each named value', () => {
    expect(fill('You ticked {ticked} of the {total} signs.', { ticked: 3, total: 11 })).toBe('You ticked 3 of the 11 signs.');
  });
  test('an unknown placeholder is a mistake in the copy: it throws, naming it', () => {
    expect(() => fill('All {count} articles', { total: 9 })).toThrow(/\{count\}.*known: total/);
  });
});
