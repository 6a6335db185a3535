import { test, expect, type Page } from './fixtures';

const box = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!;

test.describe('the help band on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/', '/medications/']) {
    test(`${path}: 911, the SAMHSA helpline and 988 are one row of big buttons; the band stays compact`, async ({ page }) => {
      await page.goto(path);
      const calls = page.locator('.get-help-calls a');
      await expect(calls).toHaveCount(3);
      expect(await calls.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['tel:911', 'tel:18006624357', 'tel:988']);
      const boxes = await calls.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
      for (const b of boxes) {
        expect(b.height).toBeGreaterThanOrEqual(44);
        expect(b.width).toBeGreaterThanOrEqual(44);
        expect(Math.abs(b.top - boxes[0].top)).toBeLessThanOrEqual(1); // one row
      }
      expect(boxes[0].right).toBeLessThanOrEqual(boxes[1].left);
      expect(boxes[1].right).toBeLessThanOrEqual(boxes[2].left);
      // The numbers show the digits they dial, and the 911 button says what it is for in words.
      await expect(calls.nth(1).locator('.call-number')).toHaveText('1-800-662-4357');
      await expect(calls.nth(0)).toContainText('Overdose');
      // Screen readers hear what each button does and whose number it is.
      await expect(page.getByRole('link', { name: 'Call 911 Overdose', exact: true })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Call 988 Crisis line (988 Suicide & Crisis Lifeline)' })).toHaveCount(1);
      await expect(page.getByRole('link', { name: 'Call 1-800-662-4357 Find treatment (SAMHSA National Helpline)' })).toHaveCount(1);
      // "More ways" and "Leave this site" share the next row, both big enough to tap.
      const summary = await box(page, '.get-help-more > summary');
      const exit = await box(page, '.quick-exit a');
      expect(summary.height).toBeGreaterThanOrEqual(44);
      expect(exit.height).toBeGreaterThanOrEqual(44);
      expect(Math.abs(summary.y - exit.y)).toBeLessThanOrEqual(1);
      expect(summary.x + summary.width).toBeLessThanOrEqual(exit.x);
      // Before this change the band took 219 px above every title; now about half of that.
      expect((await box(page, '.get-help')).height).toBeLessThanOrEqual(130);
    });
  }

  test('the details are closed at first and hold the other ways to get help', async ({ page }) => {
    await page.goto('/medications/');
    const more = page.locator('.get-help-more');
    await expect(more.locator('a[href="tel:18004874889"]')).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('a[href="tel:18004874889"]')).toHaveText('1-800-487-4889'); // SAMHSA TTY
    await expect(more.locator('p', { has: page.locator('a[href="sms:435748"]') })).toContainText('Text your ZIP code to 435748 (HELP4U)');
    await expect(more.locator('p', { hasText: 'AYUDA' }).locator('a')).toHaveAttribute('href', 'sms:988');
    await expect(more).toContainText('Veterans, press 1');
    await expect(more).toContainText('For Spanish, press 2');
    await expect(more.locator('a[href="https://988lifeline.org/"]')).toBeVisible();
    await expect(more.locator('a[href="https://findtreatment.gov/"]')).toHaveText('FindTreatment.gov');
    await expect(more.locator('a[href="tel:18002221222"]')).toHaveText('1-800-222-1222'); // Poison Control
    await expect(more.locator('a[href="/overdose/"]')).toBeVisible();
    // Each checked number links to the source it was checked against.
    for (const id of ['samhsa-helpline', 'lifeline-988', 'findtreatment', 'poison-control']) {
      await expect(more.locator(`a[href="/sources/#${id}"]`)).toBeVisible();
    }
  });
});

test('on a wide screen the title, the three buttons and the exit share one row', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const title = await box(page, '#get-help-title');
  const exit = await box(page, '.quick-exit a');
  const calls = await page.locator('.get-help-calls a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
  for (const b of calls) expect(b.bottom).toBeGreaterThan(title.y);
  expect(Math.abs(exit.y + exit.height / 2 - (calls[0].top + calls[0].height / 2))).toBeLessThanOrEqual(4);
  expect((await box(page, '.get-help')).height).toBeLessThanOrEqual(127); // no taller than before
});

test('urgency is in words, and the band is kept out of search results', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#get-help-title')).toHaveText('Urgent: Get help now');
  await expect(page.locator('#get-help-title .sr-only')).toHaveText('Urgent:');
  await expect(page.locator('aside.get-help')).toHaveAttribute('data-pagefind-ignore', 'all');
  await expect(page.getByRole('complementary', { name: 'Urgent: Get help now' })).toHaveCount(1);
});

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test(`contrast and axe inside the opened band, ${scheme}, ${width} px`, async ({ page, makeAxeBuilder }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 844 });
      await page.goto('/');
      await page.locator('.get-help-more > summary').click();
      const results = await makeAxeBuilder().include('.get-help').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('the details open and the exit is a plain link', async ({ page }) => {
    await page.goto('/');
    await page.locator('.get-help-more > summary').click();
    await expect(page.locator('.get-help-more a[href="sms:435748"]')).toBeVisible();
    await expect(page.locator('.quick-exit a')).toBeVisible();
  });
});
