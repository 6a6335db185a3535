import { expect, test } from 'vitest';
import { browserProblem, installCommand } from '../../scripts/check-browser';

const debian = { platform: 'linux' as const, hasApt: true, isRoot: false };

test('a machine with a browser passes', () => {
  expect(browserProblem({}, (p) => p === '/usr/bin/chromium', undefined, debian)).toBeNull();
  expect(browserProblem({}, (p) => p === '/pw/chrome', '/pw/chrome', debian)).toBeNull();
  expect(browserProblem({ CHROMIUM_PATH: '/opt/c' }, (p) => p === '/opt/c', undefined, debian)).toBeNull();
});

test('without one it names one command to run', () => {
  const message = browserProblem({}, () => false, '/pw/chrome', debian);
  expect(message).toContain('  sudo apt-get install -y chromium\n');
  expect(message).not.toContain('playwright install');
});

test('the command fits the machine', () => {
  expect(installCommand({ ...debian, isRoot: true })).toBe('apt-get install -y chromium');
  expect(installCommand({ platform: 'linux', hasApt: false, isRoot: false })).toBe('npx playwright install chromium');
  expect(installCommand({ platform: 'darwin', hasApt: false, isRoot: false })).toBe('npx playwright install chromium');
});
