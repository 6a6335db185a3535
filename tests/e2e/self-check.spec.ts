import { test, expect, type Page } from './fixtures';

const url = '/self-check/';
const boxes = (page: Page) => page.locator('input[type="checkbox"][data-criterion]');
const result = (page: Page) => page.locator('[data-summary][aria-live="polite"]');

async function tick(page: Page, n: number) {
  for (let i = 0; i < n; i++) await boxes(page).nth(i).check();
}

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(url);
  });

  test('lists the 11 signs as a labelled checklist in a fieldset', async ({ page }) => {
    await expect(page.locator('h1')).toHaveText(/Private self-check/);
    await expect(page.locator('fieldset legend').first()).toHaveText(/past 12 months/);
    await expect(boxes(page)).toHaveCount(11);
    for (const box of await boxes(page).all()) await expect(box).toHaveAccessibleName(/\w{3,}/);
  });

  test('tolerance and withdrawal do not count for opioids taken only as prescribed', async ({ page }) => {
    await page.locator('input[data-criterion="tolerance"]').check();
    await page.locator('input[data-criterion="withdrawal"]').check();
    await expect(result(page)).toContainText(/mild/);
    await page.getByLabel(/only as a clinician prescribed/).check();
    await expect(result(page)).toContainText(/0 signs count/);
    await expect(result(page)).toContainText(/fewer than the 2 needed/);
  });

  test('unticking lowers the count, and "Clear all ticks" starts again', async ({ page }) => {
    await tick(page, 4);
    await expect(result(page)).toContainText(/moderate/);
    await boxes(page).nth(0).uncheck();
    await expect(result(page)).toContainText(/You ticked 3 .*mild/);
    await page.getByRole('button', { name: 'Clear all ticks' }).click();
    await expect(result(page)).toContainText('You ticked 0 of the 11 signs.');
    await expect(page.locator('input:checked')).toHaveCount(0);
  });

  test('ticking sends nothing, stores nothing and has no form to submit', async ({ page }) => {
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    // The browser fetches the tab icon on its own schedule, sometimes late; it carries nothing of the reader's.
    page.on('request', (r) => { if (!r.url().endsWith('/favicon.svg')) requests.push(r.url()); });
    await tick(page, 11);
    await page.getByLabel(/only as a clinician prescribed/).check();
    await boxes(page).nth(0).press('Enter');
    await boxes(page).nth(0).press('Space');
    await expect(result(page)).toContainText(/You ticked 10/);
    expect(requests).toEqual([]);
    expect(await page.locator('main form').count()).toBe(0);
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    expect(stored).toEqual({ local: 0, session: 0, cookie: '' });
  });

  test('going back to the page after leaving it shows no ticks', async ({ page }) => {
    await tick(page, 3);
    await page.locator('main a[href="/heroin-use-disorder/"]').last().click();
    await expect(page).toHaveURL(/heroin-use-disorder/);
    await page.goBack();
    await expect(page.locator('input:checked')).toHaveCount(0);
    await expect(result(page)).toContainText('You ticked 0');
  });

  test('fits a 320 px screen without sideways scrolling and passes axe', async ({ page, makeAxeBuilder }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await tick(page, 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const axe = await makeAxeBuilder().analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
});

// The counting and the result in each language: the Spanish page's script reads its words from the page.
const editions = [
  { url, ticked: (n: number) => `You ticked ${n} of the 11 signs.`, notDiagnosis: /not a diagnosis/, medications: '/medications/',
    bands: [/fewer than the 2 needed for a diagnosis/, /mild opioid use disorder/, /moderate opioid use disorder/, /severe opioid use disorder/] },
  { url: '/es/autoevaluacion/', ticked: (n: number) => `Marcó ${n} de las 11 señales.`, notDiagnosis: /no es un diagnóstico/, medications: '/es/medicamentos/',
    bands: [/menos de las 2 señales que hacen falta/, /consumo de opioides leve/, /consumo de opioides moderado/, /consumo de opioides grave/] },
];
for (const e of editions) {
  test.describe(`counting at ${e.url}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(e.url);
    });

    for (const [n, band] of [0, 3, 5, 7].map((n, i) => [n, e.bands[i]] as const)) {
      test(`ticking ${n} signs says what that count means, and that it is not a diagnosis`, async ({ page }) => {
        await tick(page, n);
        await expect(result(page)).toBeVisible();
        await expect(result(page)).toContainText(e.ticked(n));
        await expect(result(page)).toContainText(band);
        await expect(result(page)).toContainText(e.notDiagnosis);
        // Only the next steps for that result are shown, and they always include the helpline.
        await expect(page.locator('[data-band]:visible')).toHaveCount(1);
        await expect(page.locator('[data-band]:visible a[href="tel:18006624357"]')).toBeVisible();
      });
    }

    test('steps for a result fit it: treatment finder, medications and the 988 line for severe', async ({ page }) => {
      await tick(page, 6);
      const steps = page.locator('[data-band]:visible');
      await expect(steps.locator('a[href="https://findtreatment.gov/"]')).toBeVisible();
      await expect(steps.locator(`a[href="${e.medications}"]`)).toBeVisible();
      await expect(steps.locator('a[href="tel:988"]')).toBeVisible();
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is a complete checklist with the counting rule and what each count means', async ({ page }) => {
    await page.goto(url);
    await expect(boxes(page)).toHaveCount(11);
    await boxes(page).nth(0).check(); // plain checkboxes still work
    await expect(page.locator('.rule')).toContainText(/at least 2/);
    await expect(page.locator('.rule')).toContainText(/2 or 3 it is called mild, with 4 or 5 moderate, and with 6 or more severe/);
    await expect(page.locator('.rule')).toContainText(/Tolerance and withdrawal do not count/);
    // Every result and its next steps are shown, since nothing can count for the reader.
    await expect(page.locator('[data-band]:visible')).toHaveCount(4);
    await expect(page.getByText('This check is not a diagnosis.')).toBeVisible();
    await expect(page.getByText(/nothing is sent or saved/i)).toBeVisible();
    // Controls that need a script stay out of the way.
    await expect(result(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Clear all ticks' })).toBeHidden();
  });
});
