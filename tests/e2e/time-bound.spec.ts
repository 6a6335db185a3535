import { test, expect } from './fixtures';
import { parse } from 'node-html-parser';
import { readBuiltPages } from '../helpers/built-pages';

// The pages that carry a time-bound claim (<TimeBound until=…> in their MDX).
const dated = readBuiltPages()
  .map(({ path, html }) => ({ path, until: parse(html).querySelector('.time-bound[data-until]')?.getAttribute('data-until') }))
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
    await expect(claim.locator('.time-bound-note')).toContainText(path.startsWith('/es/') ? 'puede haber cambiado' : 'may have changed');
  });
}
