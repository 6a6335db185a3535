import { expect, test } from 'vitest';
import { byTerm } from '../../src/lib/glossary';

test('glossary sorts alphabetically regardless of case', () => {
  const t = (id: string, term: string) => ({ id, data: { term } });
  expect(byTerm([t('b', 'buprenorphine'), t('a', 'Agonist'), t('c', 'CBT')]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
});
