import { readFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';

/** Network measurement shared by bench/run.ts and bench/search.ts. */

/** `sw`: fetched by the service worker (its precache), not by the page. */
export interface Response { url: string; type: string; bytes: number; sw: boolean }

/** Bytes on the wire for one URL, asked again from Node: Chromium reports no body size for a worker's own script. */
export function wireBytes(url: string): Promise<number> {
  return new Promise((done, fail) =>
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length)).on('end', () => done(bytes));
    }).on('error', fail),
  );
}

/** Records every response in a browser context with its transferred size (encoded body + headers). */
export function track(context: BrowserContext) {
  const rows: Promise<Response>[] = [];
  let inflight = 0;
  context.on('request', () => inflight++);
  context.on('requestfailed', () => inflight--);
  context.on('requestfinished', (req) => {
    inflight--;
    const sw = req.serviceWorker() !== null;
    rows.push(
      (async () => {
        const [s, res] = await Promise.all([req.sizes(), req.response()]);
        const missing = s.responseBodySize === 0 && res?.status() === 200 && !res.fromServiceWorker();
        const body = missing ? await wireBytes(req.url()) : s.responseBodySize;
        return { url: req.url(), type: req.resourceType(), bytes: body + s.responseHeadersSize, sw };
      })(),
    );
  });
  return {
    mark: () => rows.length,
    since: (mark: number) => Promise.all(rows.slice(mark)),
    /** Waits until nothing has been in flight for `quiet` ms: lazy loads and fetches after `load` count too. */
    async settle(quiet = 1000) {
      for (let still = 0; still < quiet; still += 50) {
        await new Promise((r) => setTimeout(r, 50));
        if (inflight > 0) still = 0;
      }
    },
  };
}

export const sum = (rows: Response[], type?: string) => rows.filter((r) => !type || r.type === type).reduce((s, r) => s + r.bytes, 0);
export const byPage = (rows: Response[]) => rows.filter((r) => !r.sw);
export const files = (rows: Response[]) => rows.map((r) => ({ file: new URL(r.url).pathname, type: r.type, bytes: r.bytes, sw: r.sw }));
export const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

export async function freePort(): Promise<number> {
  const server = createServer().listen(0);
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

/** `astro preview` serves dist/ gzipped, with the security headers, as production does. */
export async function startPreview(site: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(site, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port)], { cwd: site, stdio: 'ignore' });
  // 60 s: on a loaded 2-core machine Astro's start-up alone can take half a minute.
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    if (await fetch(`http://localhost:${port}/`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('astro preview did not answer within 60 s');
}


