import { availableParallelism } from 'node:os';
import { defineConfig, devices, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/helpers/chromium';

const port = Number(process.env.PORT ?? 4321);
const launchOptions = chromiumLaunchOptions(chromium.executablePath());

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Three at least, on 2 cores: much of a browser test is waiting (page loads, networkidle, the arrival
  // checks' 400 ms), and on a shared machine a third worker keeps both cores busy. Measured on this
  // 2-core machine at a load of 6-17: 2 workers 8.7 min, 3 workers 7.7 min.
  workers: process.env.CI ? 3 : Math.max(3, Math.floor(availableParallelism() / 2)),
  retries: 0,
  // Whole-page checks (axe over a long article, every heading of a page) take 20-25 s on a 2-core
  // machine and more under load: a generous limit keeps them from failing on time alone.
  timeout: 90_000,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions,
    // Each test opens a fresh browser: with the service worker allowed, every page load would also
    // fetch the whole precache (about 470 files) behind the test. The specs about offline reading
    // and forgetting the device allow it (offline.spec.ts, forget-device.spec.ts).
    serviceWorkers: 'block',
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
