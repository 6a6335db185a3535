import { expect, test } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';

test('contentDir defaults to ./content and honours CONTENT_DIR', () => {
  expect(contentDir({})).toBe('./content');
  expect(contentDir({ CONTENT_DIR: '/tmp/corpus/' })).toBe('/tmp/corpus');
  expect(contentDir({ CONTENT_DIR: '  ' })).toBe('./content');
});
