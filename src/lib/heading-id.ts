import GithubSlugger, { slug } from 'github-slugger';

/**
 * Letters without their accents: "¿Cuánto dura?" → "¿Cuanto dura?". Ids of non-English pages are
 * typed and shared as plain ASCII, so a link survives any keyboard, chat app or URL encoder.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A section id from its heading text, in ASCII: "¿Cuánto dura la abstinencia?" → "cuanto-dura-la-abstinencia". */
export function headingId(text: string): string {
  // github-slugger drops punctuation and keeps letters; without accents, what is left is ASCII for Latin scripts.
  return slug(withoutDiacritics(text).trim());
}

/** One page's ids: like headingId, but a repeated heading gets -1, -2… as Astro's built-in ids do. */
export function headingIds(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(withoutDiacritics(text).trim());
}

/**
 * One page's id maker, as the site gives ids: ASCII for pages not in English (headingIds), Astro's
 * own for English (github-slugger on the text as it stands, so English ids never change).
 * Used by the Markdown pipeline (src/lib/heading-links.ts) and npm run es:links, so both agree.
 */
export function pageHeadingId(lang: string): (text: string) => string {
  if (lang !== 'en') return headingIds();
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text);
}

/** All the ids of one page's headings, in order (used by npm run es:links to pair sections across languages). */
export function pageHeadingIds(texts: string[], lang: string): string[] {
  return texts.map(pageHeadingId(lang));
}
