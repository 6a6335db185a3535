import AxeBuilder from '@axe-core/playwright';
import { test as base, type Page } from '@playwright/test';

// Everything else (expect, Page, …) as Playwright has it; `test` below replaces Playwright's.
export * from '@playwright/test';

/** What "accessible" means in these tests: WCAG 2.2 level A and AA (axe tags every rule by version). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Every spec imports `test` from here. Chromium itself (which binary, which flags) is set once in
 * playwright.config.ts from tests/helpers/chromium.ts.
 * - `makeAxeBuilder()`: axe on the current page with the WCAG tags above; `makeAxeBuilder(['rule-id'])`
 *   runs just those rules instead (for best-practice rules outside WCAG).
 */
export const test = base.extend<{ makeAxeBuilder: (rules?: string[]) => AxeBuilder }>({
  makeAxeBuilder: async ({ page }, use) => {
    await use((rules) => axeFor(page, rules));
  },
});

/**
 * axe on a page, set up to be quick without checking less: every rule still runs on every node.
 * - `resultTypes: ['violations']`: axe still evaluates each rule everywhere, but lists only one
 *   example of each pass, and the tests read only the violations.
 * - Legacy mode: `axe.run` inside the page instead of `runPartial` in each frame and `finishRun` in
 *   a fresh blank page (a new page and a second copy of axe for every analysis). It differs only for
 *   cross-origin frames, which legacy mode skips: the site's CSP (default-src 'self') allows none.
 */
export const axeOn = (page: Page) => new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();

/** axe on a page with the WCAG tags above, or just the rules named. */
export const axeFor = (page: Page, rules?: string[]) => (rules ? axeOn(page).withRules(rules) : axeOn(page).withTags(WCAG_TAGS));
