import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { readBuiltPages } from '../lib/built-pages';
import { languageContent, searchRecords, vocabularyTerms } from '../lib/search-build';
import { contentDir } from '../lib/content-dir';
import { recordHtml } from '../lib/search-records';
import { buildVocabulary } from '../lib/search-vocab';

/**
 * Builds the search index into dist/pagefind/ once Astro has written the site: one record per
 * section of each page marked data-pagefind-body (see src/lib/search-records.ts), so results land
 * on the section that answers the search. Words readers use that a section doesn't (frontmatter
 * searchTerms, glossary "also called" names, medicine brands) are stored as the section's
 * `aliases` metadata: searchable, never shown. Also writes dist/search-terms.json, the vocabulary
 * for "Did you mean …?".
 */

// Pagefind splits its index into chunks and a search downloads only the chunks holding its words;
// the default (20,000 word positions a chunk) made one ~31 KiB chunk; 4,000 makes ~6 KiB chunks.
const INDEX_CHUNK_SIZE = '4000';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const records = searchRecords(readBuiltPages(site));
        if (records.length === 0) throw new Error('No section to index for search: is data-pagefind-body missing?');
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
        // One index per language, chosen by each record's <html lang>: a Spanish search reads only Spanish pages.
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Sent all at once: Pagefind's indexer takes them in the order sent, without a round trip each.
          const added = await Promise.all(records.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r.page, r.section, r.aliases, r.topics) })));
          const failed = added.findIndex((a) => a.errors.length);
          if (failed >= 0) throw new Error(`Pagefind could not index ${records[failed].url}: ${added[failed].errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // "Did you mean …?" words, one file per language: /search-terms.json (English), /search-terms.es.json …
          for (const lang of new Set(records.map((r) => r.page.lang))) {
            const mine = records.filter((r) => r.page.lang === lang);
            const vocab = buildVocabulary(vocabularyTerms(mine, languageContent(contentDir(), lang).dir), mine.map((r) => r.section.text));
            writeFileSync(join(site, lang === 'en' ? 'search-terms.json' : `search-terms.${lang}.json`), JSON.stringify(vocab));
            const pages = new Set(mine.map((r) => r.page.path)).size;
            logger.info(`Indexed ${mine.length} sections of ${pages} pages in "${lang}" for search; ${vocab.terms.length} terms for suggestions.`);
          }
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
