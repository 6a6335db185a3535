import { expect, test } from 'vitest';
import { chromiumPath } from '../helpers/chromium';

test('an environment variable wins, then Debian chromium', () => {
  const all = () => true;
  expect(chromiumPath({ CHROMIUM_PATH: '/opt/c' }, all)).toBe('/opt/c');
  expect(chromiumPath({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
});
test("Playwright's own browser is used when there is no system one", () => {
  expect(chromiumPath({}, (p) => p === '/pw/chrome', '/pw/chrome')).toBeUndefined();
});
test('with no browser at all it says how to get one', () => {
  expect(() => chromiumPath({}, () => false, '/pw/chrome')).toThrow(/apt-get install -y chromium/);
});
