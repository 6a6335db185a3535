/**
 * The policy for a <meta http-equiv="Content-Security-Policy">, so pages carry their CSP even on
 * hosts that cannot send headers (GitHub Pages). A meta tag may not hold frame-ancestors,
 * report-uri or sandbox; those stay in the header only.
 */
export function metaPolicy(headerPolicy: string): string {
  return headerPolicy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !/^(frame-ancestors|report-uri|report-to|sandbox)\b/.test(d))
    .join('; ');
}
