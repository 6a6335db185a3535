/**
 * Copy in content/*.yaml is plain text with two small marks, so translators never touch HTML:
 * `[words](/a/link/)` for a link and `**words**` for strong emphasis, plus `{name}` placeholders
 * the page fills in (a count, a phone number). `inline()` turns a string into parts a component
 * renders; `fill()` replaces placeholders and refuses unknown ones.
 */
export type Part = { text: string } | { text: string; href: string } | { text: string; strong: true };

const MARK = /\[([^\]]+)\]\(([^)\s]+)\)|\*\*([^*]+)\*\*/g;

/** Split copy into text, link and strong parts, in order. */
export function inline(copy: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of copy.matchAll(MARK)) {
    if (m.index > last) parts.push({ text: copy.slice(last, m.index) });
    parts.push(m[1] !== undefined ? { text: m[1], href: m[2] } : { text: m[3], strong: true });
    last = m.index + m[0].length;
  }
  if (last < copy.length) parts.push({ text: copy.slice(last) });
  return parts;
}

/** Copy without its marks, as a reader hears it (for readability checks and plain-text places). */
export const plain = (copy: string): string => inline(copy).map((p) => p.text).join('');

/** Replace each `{name}` with its value; an unknown name is a mistake in the copy, so it throws. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`"${template}": no value for {${name}} (known: ${Object.keys(values).join(', ') || 'none'})`);
    return String(values[name]);
  });
}
