import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security-headers';

/** Writes dist/_headers, which Netlify and Cloudflare Pages read, from src/lib/security-headers.ts. */
export default function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'guide:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile());
        logger.info('Wrote _headers with the security headers.');
      },
    },
  };
}
