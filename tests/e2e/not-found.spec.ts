import { test, expect } from './fixtures';

test('the 404 page names its second search form, so no two landmarks share a name', async ({ page, makeAxeBuilder }) => {
  await page.goto('/no-such-page/');
  const results = await makeAxeBuilder(['landmark-unique']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await expect(page.getByRole('search', { name: 'Search the guide' })).toHaveCount(1);
});
