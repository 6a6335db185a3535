import { availableParallelism } from 'node:os';
import { defineConfig, devices, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

const port = Number(process.env.PORT ?? 4321);
const launchOptions = chromiumLaunchOptions(chromium.executablePath());

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two at least: much of a browser test is waiting (page loads, networkidle, the arrival checks'
  // 400 ms), so two workers keep a 2-core machine busy where Playwright's default (half the cores) is one.
  workers: process.env.CI ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  // Whole-page checks (axe over a long article, every heading of a page) take 20-25 s on a 2-core
  // machine and more under load: a generous limit keeps them from failing on time alone.
  timeout: 90_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  // Tests run against the production build, served with the same headers as the CDN (src/lib/security-headers.ts).
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
