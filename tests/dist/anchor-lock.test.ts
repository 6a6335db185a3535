import { expect, test } from 'vitest';
import { lockProblems } from '../../src/lib/anchor-lock';
import { readBuiltPages } from '../helpers/built-pages';
import lock from '../../anchors.lock.json' with { type: 'json' };

test('every page and anchor in anchors.lock.json still resolves (or has an alias)', () => {
  expect(Object.keys(lock).length, 'anchors.lock.json is empty: run `npm run anchors:update`').toBeGreaterThan(0);
  expect(lockProblems(lock, readBuiltPages())).toEqual([]);
});
