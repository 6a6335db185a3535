import { test, expect, axeFor } from './fixtures';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { builtPages, pageGroups } from '../helpers/built-pages';

/**
 * What every page must have, checked on one visit of each page: a first visit in a fresh browser
 * context (no cookie, storage or service worker left by the page before), at desktop width. The
 * service worker is blocked, as in every spec but the two that test it (playwright.config.ts says
 * why); a context made with browser.newContext takes none of the config's options, so it says so
 * itself. Each failure names its page. (Pages without JavaScript: no-js.spec.ts.)
 * - private: no request to another site, no cookie, nothing stored, no CSP violation;
 * - accessible: axe, WCAG 2.2 AA, in the light scheme and, for the rules that read colours, the dark;
 * - reflow: no sideways scrolling at 320 CSS px (WCAG 1.4.10) or with text at 200% on a 640 px window
 *   (WCAG 1.4.4: 200% zoom on a 1280 px screen). The window is narrowed after the load, as zooming does;
 *   pages loaded at a phone width are checked too (self-check and clinician sheet at 320 px, the
 *   medicine cards at 390 px);
 * - landmarks: one main, the banner, the footer and the site navigation;
 * - help: 911, the SAMHSA helpline and 988 as phone links, and "Leave this site" to the neutral page.
 */

/** The quick-exit link's words in each language (content/privacy.yaml and content/es/privacy.yaml). */
const exitLabel = (file: string) => (parse(readFileSync(file, 'utf8')) as Record<string, { label: string }>)['quick-exit'].label;
const leaveLabel = { en: exitLabel('content/privacy.yaml'), es: exitLabel('content/es/privacy.yaml') };
const neutralPage = 'https://www.weather.gov/';

/**
 * A colour scheme changes colours only (every colour token is a CSS light-dark() pair; no rule shows,
 * hides or moves anything by scheme), so in the dark scheme axe runs the WCAG rules that read colours.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Window width and root text size for the reflow checks. */
const REFLOW = [[320, '100%'], [640, '200%']] as const;

for (const group of pageGroups(builtPages())) {
  test(`private, accessible in both schemes, reflowing, with landmarks and help: ${group.name}`, async ({ browser, baseURL }) => {
    test.setTimeout(60_000 * group.paths.length);
    const origin = new URL(baseURL!).origin;
    const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
    for (const path of group.paths) {
      const context = await browser.newContext({ baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, colorScheme: 'light', serviceWorkers: 'block' });
      const page = await context.newPage();
      const foreign: string[] = [];
      const cspErrors: string[] = [];
      page.on('request', (r) => {
        const url = new URL(r.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(r.url());
      });
      page.on('console', (m) => {
        if (/Content.Security.Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      // Exercise the page's scripts a little: search runs on /search/, with a misspelling that loads the suggestions too.
      if (path === '/search/') {
        await page.locator('#search-page-q').fill('methadone');
        await page.locator('#search-results a.result-link').first().waitFor({ timeout: 15_000 });
        await page.locator('#search-page-q').fill('metadone');
        await page.locator('#search-suggestion a').waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
      }

      // Private.
      expect.soft(foreign, `${path}: requests to other sites`).toEqual([]);
      expect.soft(cspErrors, `${path}: CSP violations`).toEqual([]);
      expect.soft(await context.cookies(), `${path}: cookies`).toEqual([]);
      const stored = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
      expect.soft(stored, `${path}: stored items`).toEqual({ local: [], session: [] });

      // Landmarks.
      await expect.soft(page.locator('main'), `${path}: one main`).toHaveCount(1);
      await expect.soft(page.locator('header.site-header'), `${path}: one banner`).toHaveCount(1);
      await expect.soft(page.locator('footer'), `${path}: one footer`).toHaveCount(1);
      await expect.soft(page.locator('header nav.site-nav'), `${path}: the site navigation`).toHaveCount(1);

      // Help on every page: the numbers as phone links, and the way out.
      const calls = page.locator('.get-help .get-help-calls');
      await expect.soft(calls.locator('a[href="tel:911"]'), `${path}: 911`).toBeVisible();
      await expect.soft(calls.locator('a[href="tel:18006624357"] .call-number'), `${path}: the SAMHSA helpline`).toHaveText('1-800-662-4357');
      await expect.soft(calls.locator('a[href="tel:988"]'), `${path}: 988`).toBeVisible();
      const leave = page.locator('.quick-exit a');
      await expect.soft(leave, `${path}: Leave this site`).toBeVisible();
      await expect.soft(leave, `${path}: Leave this site`).toHaveText(path.startsWith('/es/') ? leaveLabel.es : leaveLabel.en);
      await expect.soft(leave, `${path}: Leave this site`).toHaveAttribute('href', neutralPage);

      // Accessible: light, then dark on the same page (the colours follow prefers-color-scheme, nothing is read only at load).
      const isDark = () => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await expect.poll(isDark, `${path}: the ${scheme} scheme is on`).toBe(scheme === 'dark');
        const axe = axeFor(page, scheme === 'dark' ? COLOUR_RULES : undefined);
        const results = await axe.analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect.soft(summary, `axe, ${scheme} scheme, ${path}`).toEqual([]);
      }

      // Reflow: the same page, narrowed as zooming narrows it.
      for (const [width, textSize] of REFLOW) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate((size) => {
          document.documentElement.style.fontSize = size;
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        }, textSize);
        expect.soft(overflow, `${path} scrolls sideways by ${overflow} px at ${width} px, text at ${textSize}`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });
}
