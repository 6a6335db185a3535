import { test, expect } from '@playwright/test';
import { readBuiltPages } from '../../scripts/built-pages';

// The pages that carry a time-bound claim (<TimeBound until=…> in their MDX).
const dated = readBuiltPages()
  .map(({ path, html }) => ({ path, until: html.match(/class="time-bound" data-until="(\d{4}-\d{2}-\d{2})"/)?.[1] }))
  .filter((p): p is { path: string; until: string } => Boolean(p.until));

test('the guide has time-bound claims to test', () => {
  expect(dated.length).toBeGreaterThan(0);
});

for (const { path, until } of dated.slice(0, 3)) {
  test(`${path}: the claim due ${until} carries no note on its last day, and a note the day after`, async ({ page }) => {
    const claim = page.locator(`.time-bound[data-until="${until}"]`).first();
    await page.clock.setFixedTime(new Date(`${until}T12:00:00Z`));
    await page.goto(path);
    await expect(claim).toBeVisible();
    await expect(claim.locator('.time-bound-note')).toBeHidden();

    const after = new Date(`${until}T12:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    await page.clock.setFixedTime(after);
    await page.reload();
    await expect(claim.locator('.time-bound-note')).toBeVisible();
    await expect(claim.locator('.time-bound-note')).toContainText('may have changed');
  });
}
