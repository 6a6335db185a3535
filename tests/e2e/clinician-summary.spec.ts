import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const url = '/take-to-your-clinician/';

/** The medication names in the content, so the test follows content/medications.yaml (content/es/… in Spanish). */
const namesIn = (file: string) => Object.values(parse(readFileSync(file, 'utf8')) as Record<string, { name: string }>).map((m) => m.name);
const medicationNames = namesIn('content/medications.yaml');

/** The sheet in each language: it must print on two pages in both (Spanish runs longer). */
const editions = [
  { url, names: medicationNames, reviewed: /Last reviewed \d{1,2} \w+ \d{4}\. Next review due \d{1,2} \w+ \d{4}\./, twoPages: 'It prints on two pages.' },
  { url: '/es/para-su-medico/', names: namesIn('content/es/medications.yaml'), reviewed: /Última revisión: \d{1,2} de \p{L}+ de \d{4}\. Próxima revisión: \d{1,2} de \p{L}+ de \d{4}\./u, twoPages: 'Se imprime en dos páginas.' },
];

/** Pages in a PDF: its page objects, not the /Pages tree nodes. */
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

test('shows every medication from the collection, the settings and the questions', async ({ page }) => {
  expect(medicationNames.length).toBeGreaterThanOrEqual(3);
  await page.goto(url);
  await expect(page.locator('h1')).toHaveText('Treatment options and questions to ask');
  const table = page.locator('main table');
  for (const name of medicationNames) await expect(table.locator('thead th', { hasText: name })).toBeVisible();
  await expect(page.locator('main h2')).toHaveText(['The three medications', 'Kinds of treatment', 'Questions to ask', 'Notes', 'Sources']);
  for (const topic of [/Cost/, /Waiting/, /all three medications/, /methadone or buprenorphine welcome/, /counseling/i, /use again/]) {
    await expect(page.locator('.questions')).toContainText(topic);
  }
});

for (const e of editions) for (const format of ['A4', 'Letter'] as const) {
  test(`${e.url} prints on at most 2 ${format} pages, with a compact help line and no site chrome`, async ({ page }) => {
    await page.goto(e.url);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.get-help')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.locator('.print-button')).toBeHidden();
    await expect(page.locator('.print-help a[href="tel:18006624357"]')).toBeVisible();
    for (const name of e.names) await expect(page.locator('main table thead')).toContainText(name);
    // Dated, and every source with the address to look it up.
    await expect(page.locator('.sheet-reviewed')).toBeVisible();
    await expect(page.locator('.sheet-reviewed')).toContainText(e.reviewed);
    const addresses = page.locator('.sheet-sources .source-address');
    expect(await addresses.count()).toBeGreaterThanOrEqual(3);
    for (const address of await addresses.all()) {
      await expect(address).toBeVisible();
      await expect(address).toHaveText(/^\s*[a-z0-9.-]+\.[a-z]{2,}\/?\S*$/);
    }
    await expect(page.locator('.sheet-footer')).toContainText(new RegExp(`https://\\S+${e.url}`));
    // The page says it prints on two pages: it does.
    await expect(page.locator('.intro')).toContainText(e.twoPages);
    const pdf = await page.pdf({ format, printBackground: false });
    const pages = pdfPageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('prints in light colours from a device in dark mode, on two pages', async ({ browser }) => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => ({
    scheme: getComputedStyle(document.documentElement).colorScheme,
    name: getComputedStyle(document.querySelector('.med-table thead th')!).color,
  }));
  expect(colours.scheme).toBe('light');
  expect(colours.name).toBe('rgb(13, 92, 99)'); // the light brand colour, not the pale dark-mode one
  expect(pdfPageCount(await page.pdf({ format: 'Letter' }))).toBeLessThanOrEqual(2);
  await page.close();
});

test('the print button is there with JavaScript and opens the print dialog', async ({ page }) => {
  await page.goto(url);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => { (window as unknown as { printed: number }).printed++; };
  });
  await page.getByRole('button', { name: 'Print this page' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test('fits a 320 px screen without sideways scrolling and passes axe', async ({ page, makeAxeBuilder }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(url);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const axe = await makeAxeBuilder().analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page is complete and the print button is hidden', async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeHidden();
    for (const name of medicationNames) await expect(page.locator('main table')).toContainText(name);
    await expect(page.locator('.questions li')).not.toHaveCount(0);
  });
});
