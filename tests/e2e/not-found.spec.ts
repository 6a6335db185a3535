import { test, expect } from './fixtures';

// The English page answers unknown addresses in preview; the Spanish one is /es/404.html.
const editions = [
  { url: '/no-such-page/', lang: 'en', search: 'Search the guide', action: '/search/', article: '/what-is-heroin/' },
  { url: '/es/404.html', lang: 'es', search: 'Buscar en la guía', action: '/es/buscar/', article: '/es/que-es-la-heroina/' },
];
for (const e of editions) {
  test(`${e.url}: the not-found page names its second search form, so no two landmarks share a name`, async ({ page, makeAxeBuilder }) => {
    await page.goto(e.url);
    const results = await makeAxeBuilder(['landmark-unique']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await expect(page.getByRole('search', { name: e.search })).toHaveCount(1);
    // In its own language: the search it offers and the guide it lists.
    await expect(page.locator('html')).toHaveAttribute('lang', e.lang);
    await expect(page.getByRole('search', { name: e.search })).toHaveAttribute('action', e.action);
    await expect(page.locator(`main ol a[href="${e.article}"]`)).toHaveCount(1);
  });
}
