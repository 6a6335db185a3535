// `npm test` runs this first (the "pretest" script): the browser tests need a Chromium, and without
// one the suite would fail only after minutes of type checks, unit tests and a build. It finds the
// same browser playwright.config.ts will use, or stops at once with the one command that gets one.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromiumPath } from '../tests/helpers/chromium';

export interface Machine {
  platform: NodeJS.Platform;
  hasApt: boolean;
  isRoot: boolean;
}

/** The one command to run on this machine: Debian's package where apt exists (it needs no
 *  download from Playwright's servers), else Playwright's own build. */
export function installCommand(m: Machine): string {
  if (m.platform === 'linux' && m.hasApt) return `${m.isRoot ? '' : 'sudo '}apt-get install -y chromium`;
  return 'npx playwright install chromium';
}

/** null when a browser is there; otherwise the message to print before stopping. */
export function browserProblem(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
  playwrightOwn: string | undefined,
  machine: Machine,
): string | null {
  try {
    chromiumPath(env, exists, playwrightOwn);
    return null;
  } catch {
    return (
      'No Chromium found for the browser tests. Run:\n\n' +
      `  ${installCommand(machine)}\n\n` +
      'then `npm test` again (or set CHROMIUM_PATH to a Chromium or Chrome binary).'
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { chromium } = await import('@playwright/test');
  let own: string | undefined;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined; // Playwright has no build for this platform
  }
  const problem = browserProblem(process.env, existsSync, own, {
    platform: process.platform,
    hasApt: existsSync('/usr/bin/apt-get'),
    isRoot: process.getuid?.() === 0,
  });
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
