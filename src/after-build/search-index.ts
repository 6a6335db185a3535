import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { publishedFiles } from '../lib/built-pages';
import { languageContent, pageRecords, vocabularyFor } from '../lib/search-build';
import { contentDir } from '../lib/content-dir';
import { recordHtml } from '../lib/search-records';

/**
 * Builds the search index into dist/pagefind/ from the built site: one record per section of each
 * page marked data-pagefind-body (see src/lib/search-records.ts), so results land on the section
 * that answers the search. Words readers use that a section doesn't (frontmatter searchTerms,
 * glossary "also called" names, medicine brands) are stored as the section's `aliases` metadata:
 * searchable, never shown. Also writes dist/search-terms.json, the vocabulary for "Did you mean …?".
 */

// Pagefind splits its index into chunks and a search downloads only the chunks holding its words;
// the default (20,000 word positions a chunk) made one ~31 KiB chunk; 4,000 makes ~6 KiB chunks.
const INDEX_CHUNK_SIZE = '4000';
// Pages read, split and sent to Pagefind at a time: a big guide is never all in memory at once.
const PAGES_AT_ONCE = 64;

export async function writeSearchIndex(site: string, log: (message: string) => void): Promise<void> {
  const files = publishedFiles(site);
  const recordsOf = pageRecords();
  const langs = new Map<string, { vocab: ReturnType<typeof vocabularyFor>; sections: number; pages: Set<string> }>();
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
  // One index per language, chosen by each record's <html lang>: a Spanish search reads only Spanish pages.
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // One batch is indexed by Pagefind's process while the next is read and split here.
    let sending: Promise<void> = Promise.resolve();
    for (let i = 0; i < files.length; i += PAGES_AT_ONCE) {
      const records = files.slice(i, i + PAGES_AT_ONCE).flatMap((f) => recordsOf({ path: f.path, html: readFileSync(f.file, 'utf8') }));
      // Sent together: Pagefind's indexer takes them in the order sent, without a round trip each.
      const batch = Promise.all(records.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r.page, r.section, r.aliases, r.topics) }))).then((added) => {
        const failed = added.findIndex((a) => a.errors.length);
        if (failed >= 0) throw new Error(`Pagefind could not index ${records[failed].url}: ${added[failed].errors.join('; ')}`);
      });
      batch.catch(() => {}); // awaited in turn below; this only keeps an early failure from counting as unhandled
      await sending;
      sending = batch;
      for (const r of records) {
        const lang = r.page.lang;
        if (!langs.has(lang)) langs.set(lang, { vocab: vocabularyFor(languageContent(contentDir(), lang).dir), sections: 0, pages: new Set() });
        const counts = langs.get(lang)!;
        counts.vocab.add(r);
        counts.sections++;
        counts.pages.add(r.page.path);
      }
    }
    await sending;
    if (langs.size === 0) throw new Error('No section to index for search: is data-pagefind-body missing?');
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    // "Did you mean …?" words, one file per language: /search-terms.json (English), /search-terms.es.json …
    for (const [lang, { vocab, sections, pages }] of langs) {
      const words = vocab.build();
      writeFileSync(join(site, lang === 'en' ? 'search-terms.json' : `search-terms.${lang}.json`), JSON.stringify(words));
      log(`Indexed ${sections} sections of ${pages.size} pages in "${lang}" for search; ${words.terms.length} terms for suggestions.`);
    }
  } finally {
    await pagefind.close();
  }
}
