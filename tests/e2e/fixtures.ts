import AxeBuilder from '@axe-core/playwright';
import { test as base } from '@playwright/test';

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
    await use((rules) => (rules ? new AxeBuilder({ page }).withRules(rules) : new AxeBuilder({ page }).withTags(WCAG_TAGS)));
  },
});
