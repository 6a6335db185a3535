/** Minutes to read, at a gentle 200 words a minute (readers may be stressed or reading a second language). */
export function readingMinutes(text: string, wordsPerMinute = 200): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Strips MDX/Markdown syntax to get the words a reader actually reads. */
export function plainText(mdx: string): string {
  return mdx
    .replace(/^import .*$/gm, '')
    .replace(/<Cite[^>]*\/>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*[|].*$/gm, (line) => line.replace(/[|:-]+/g, ' '))
    .replace(/^#+\s*/gm, '')
    .replace(/[*_`>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
