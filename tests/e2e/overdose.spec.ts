import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { articlePaths } from '../helpers/built-pages';

// The steps come from content/first-aid.yaml, so the test follows the content.
const aid = (parse(readFileSync('content/first-aid.yaml', 'utf8')) as { overdose: { steps: { lead: string }[]; signs: string[] } }).overdose;
const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

for (const [width, height] of [[320, 640], [390, 844]] as const) {
  test(`/overdose/ at ${width}×${height}: the urgent steps and a tap-to-call 911 start on the first screen`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/overdose/');
    const box = page.locator('.urgent-steps .callout');
    const call = box.locator('li a[href="tel:911"]').first();
    await expect(call).toHaveText(aid.steps[0].lead);
    const first = await call.boundingBox();
    expect(first, 'the 911 step has a box').not.toBeNull();
    expect(first!.y + first!.height, 'the 911 step ends within the first screen').toBeLessThanOrEqual(height);
    // Scrolled far down the page, a 911 control is still within reach.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const sticky = page.locator('.sticky-call');
    await expect(sticky).toBeInViewport();
    await expect(sticky).toHaveAttribute('href', 'tel:911');
  });
}

test('the overdose box comes before the key points, and lists every step from content/first-aid.yaml', async ({ page }) => {
  await page.goto('/overdose/');
  const items = page.locator('.urgent-steps ol > li strong');
  await expect(items).toHaveText(aid.steps.map((s) => s.lead));
  const order = await page.evaluate(() => {
    const steps = document.querySelector('.urgent-steps');
    const points = document.querySelector('.key-points');
    return steps && points ? steps.compareDocumentPosition(points) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
  });
  expect(order, 'key points follow the urgent steps').toBeTruthy();
  await expect(page.locator('main').getByRole('link', { name: 'overdose wallet card' })).toHaveAttribute('href', '/overdose-card/');
});

test('the wallet card shows the same signs and steps, and the numbers as tap-to-call links', async ({ page }) => {
  await page.goto('/overdose-card/');
  await expect(page.locator('.od-card li strong')).toHaveText(aid.steps.map((s) => s.lead));
  await expect(page.locator('.panel-front ul li')).toHaveText(aid.signs);
  await expect(page.locator('.card-call a')).toHaveAttribute('href', 'tel:911');
  expect(await page.locator('.card-lines a[href^="tel:"]').count()).toBeGreaterThanOrEqual(2);
});

// The Spanish card's longer words must fit its fixed-size panels too; its address is the Spanish article's.
const cards = [
  { url: '/overdose-card/', article: '/overdose/' },
  { url: '/es/tarjeta-de-sobredosis/', article: '/es/sobredosis/' },
];
for (const card of cards) test(`${card.url} gives the overdose article's address in its language`, async ({ page }) => {
  await page.goto(card.url);
  await expect(page.locator('.card-source')).toContainText(new RegExp(`https://\\S+${card.article}$`));
});

for (const card of cards) for (const format of ['A4', 'Letter'] as const) {
  test(`${card.url} prints on one ${format} page with nothing cut off`, async ({ page }) => {
    await page.goto(card.url);
    await page.emulateMedia({ media: 'print' });
    const clipped = await page.$$eval('.od-card .panel', (panels) => panels.filter((p) => p.scrollHeight > p.clientHeight + 1).length);
    expect(clipped, 'no panel hides its text').toBe(0);
    expect(pdfPageCount(await page.pdf({ format }))).toBe(1);
  });
}

test('390×844: on every article the title and the key points are on the first screen (overdose: its steps come first)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of articlePaths()) {
    await page.goto(path);
    await expect(page.locator('main h1')).toBeInViewport({ ratio: 1 });
    const first = page.locator('.urgent-steps, .key-points').first();
    const box = await first.boundingBox();
    expect(box, `${path}: key points or urgent steps`).not.toBeNull();
    if (await page.locator('.urgent-steps').count()) {
      expect(box!.y, `${path}: the urgent steps start on the first screen`).toBeLessThan(844 / 2);
    } else {
      expect(box!.y + box!.height, `${path}: the key points end on the first screen`).toBeLessThanOrEqual(844);
    }
  }
});
