/**
 * Reads the `_headers` format (Netlify, Cloudflare Pages): a path pattern on its own line, then
 * indented `Name: value` lines. Returns the rules in file order.
 */
export interface HeaderRule { pattern: string; headers: Record<string, string> }

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon === -1) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  });
  return rules;
}

/** The headers for every path: the `/*` rule. */
export function siteWideHeaders(text: string): Record<string, string> {
  const rule = parseHeadersFile(text).find((r) => r.pattern === '/*');
  if (!rule) throw new Error('_headers has no "/*" rule: every page needs the security headers.');
  return rule.headers;
}
