// Screenshot a built page at phone and desktop widths: npx tsx scripts/shot.ts /medications/ /tmp/med.png [--dark]
// Serves dist/ itself on a free port, so it needs `npm run build` first.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/helpers/chromium';

const [path = '/', out = '/tmp/shot.png', ...flags] = process.argv.slice(2);
const types: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.json': 'application/json', '.wasm': 'application/wasm' };
const server = createServer(async (req, res) => {
  let file = join(process.env.OUT_DIR ?? 'dist', decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  try { if ((await stat(file)).isDirectory()) file = join(file, 'index.html'); } catch { file = join(process.env.OUT_DIR ?? 'dist', '404.html'); }
  try { res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }); res.end(await readFile(file)); }
  catch { res.writeHead(404); res.end(); }
}).listen(0);
const port = (server.address() as AddressInfo).port;
const browser = await chromium.launch(chromiumLaunchOptions(chromium.executablePath()));
for (const [name, width] of [['phone', 390], ['desktop', 1280]] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: flags.includes('--dark') ? 'dark' : 'light' });
  await page.goto(`http://localhost:${port}${path}`);
  await page.screenshot({ path: out.replace(/\.png$/, `-${name}.png`), fullPage: !flags.includes('--top') });
  await page.close();
}
await browser.close();
server.close();
console.log(`wrote ${out.replace(/\.png$/, '-phone.png')} and ${out.replace(/\.png$/, '-desktop.png')}`);
