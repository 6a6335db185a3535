/**
 * The security headers every page gets, in one place. From here come dist/_headers (which Netlify
 * and Cloudflare Pages serve as they are; src/integrations/security-headers.ts writes it), the CSP
 * <meta> in every page (for hosts that send no headers, such as GitHub Pages) and the headers of
 * `astro preview`, which `npm start` and the browser tests use.
 */

/** Content-Security-Policy directives: nothing from another host, no inline script or style. */
export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // Pagefind's search runs as WebAssembly.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** A policy as a header value: `name value value; name value`. */
export function policyText(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** The headers for every path. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': policyText(contentSecurityPolicy),
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000',
};

// A <meta> policy may not hold these: browsers ignore them there, so they stay in the header only.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The policy for `<meta http-equiv="Content-Security-Policy">`: the header's, less what a meta tag cannot carry. */
export function metaPolicy(policy = contentSecurityPolicy): string {
  return policyText(Object.fromEntries(Object.entries(policy).filter(([name]) => !HEADER_ONLY.has(name))));
}

/** The `_headers` file (Netlify, Cloudflare Pages): a path pattern, then indented `Name: value` lines. */
export function headersFile(headers = securityHeaders): string {
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z0-9-]+$/.test(name) || /[\r\n]/.test(value)) throw new Error(`security header "${name}": a name of letters, digits and dashes and a one-line value are required`);
  }
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written by the build from src/lib/security-headers.ts: edit that file, not this one.', '/*', ...lines, ''].join('\n');
}
