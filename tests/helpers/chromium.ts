import { existsSync } from 'node:fs';

/**
 * Which Chromium the tests drive. Playwright cannot download browsers on every machine, so:
 * CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) first, then Debian's /usr/bin/chromium,
 * else Playwright's own download if there is one; with none, stop and say how to get one.
 */
export function chromiumPath(
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
  playwrightOwn?: string,
): string | undefined {
  const candidates = [env.CHROMIUM_PATH, env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && exists(path)) return path;
  if (playwrightOwn && exists(playwrightOwn)) return undefined; // let Playwright use its own
  throw new Error(
    'No Chromium found for the browser tests. Install one:\n' +
      '  Debian/Ubuntu: sudo apt-get install -y chromium\n' +
      '  elsewhere:     npx playwright install chromium\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  );
}

// No sandbox (containers run as root), no GPU, /tmp instead of a small /dev/shm, and nothing
// that calls home: the flags every launch of Chromium here uses.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The one way this project launches Chromium: playwright.config.ts, scripts/shot.ts and the bench
 * pass these to Playwright. `playwrightOwn` is Playwright's downloaded browser, used when there is
 * no system one.
 */
export function chromiumLaunchOptions(playwrightOwn?: string): { executablePath?: string; args: string[] } {
  return { executablePath: chromiumPath(process.env, existsSync, playwrightOwn), args: chromiumArgs };
}
