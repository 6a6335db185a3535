import { expect, test } from 'vitest';
import { citingArticles } from '../../src/lib/sources';

test('citingArticles maps each source to the articles citing it, in order', () => {
  const map = citingArticles([
    { id: 'one', title: 'One', sources: ['s1', 's2'] },
    { id: 'two', title: 'Two', sources: ['s2'] },
  ]);
  expect(map.get('s2')).toEqual([{ id: 'one', title: 'One' }, { id: 'two', title: 'Two' }]);
  expect(map.get('s3')).toBeUndefined();
});
