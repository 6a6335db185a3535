import { test, expect } from './fixtures';

for (const scheme of ['light', 'dark'] as const) {
  test(`the dark mode button states its state, starting from a ${scheme} system setting`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Dark mode', exact: true }); // the name does not change; the state does
    const on = scheme === 'dark';
    await expect(button).toHaveAttribute('aria-pressed', String(on));
    await expect(button.locator('.theme-state')).toHaveText(on ? 'On' : 'Off');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', String(!on));
    await expect(button.locator('.theme-state')).toHaveText(on ? 'Off' : 'On');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(on ? 'light' : 'dark');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', String(on));
  });
}

test('the button follows a change of the system setting while the page is open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const button = page.locator('theme-toggle button');
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(button.locator('.theme-state')).toHaveText('On');
});
