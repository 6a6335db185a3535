import { defineConfig, devices, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

const port = Number(process.env.PORT ?? 4321);
const launchOptions = chromiumLaunchOptions(chromium.executablePath());

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
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
