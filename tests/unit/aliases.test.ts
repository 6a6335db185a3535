import { expect, test } from 'vitest';
import { aliasRoutes } from '../../src/lib/aliases';

test('each alias becomes a route to its article, slashes trimmed', () => {
  expect(aliasRoutes([{ id: 'medications', aliases: ['/meds/', 'mat'] }, { id: 'overdose', aliases: [] }])).toEqual([
    { alias: 'meds', to: 'medications' },
    { alias: 'mat', to: 'medications' },
  ]);
});

test('an alias that clashes with an article or another alias, or is not one plain segment, names the file', () => {
  expect(() => aliasRoutes([{ id: 'a', aliases: ['b'] }, { id: 'b', aliases: [] }])).toThrow(/content\/guide\/a\.mdx: alias "b" is already the article "b"/);
  expect(() => aliasRoutes([{ id: 'a', aliases: ['x'] }, { id: 'b', aliases: ['x'] }])).toThrow(/content\/guide\/b\.mdx: alias "x" is already an alias of "a"/);
  expect(() => aliasRoutes([{ id: 'a', aliases: ['old/page'] }])).toThrow(/alias "old\/page" must be one path segment/);
});
