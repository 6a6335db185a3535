import { expect, test } from 'vitest';
import { sectionUrl, withoutHighlight } from '../../src/lib/share';

test('a section address drops the query (search highlights) and keeps the anchor', () => {
  expect(sectionUrl('https://x.test/medications/?highlight=methadone#top', 'methadone')).toBe('https://x.test/medications/#methadone');
});

test('dismissing highlights removes only the highlight parameter', () => {
  expect(withoutHighlight('https://x.test/medications/?highlight=a&keep=1#methadone')).toBe('/medications/?keep=1#methadone');
  expect(withoutHighlight('https://x.test/medications/?highlight=a')).toBe('/medications/');
});
