import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentDir } from './lib/content-dir';

const base = contentDir();

/** One article of the guide: content/guide/<slug>.mdx. The slug is the page URL. */
const guide = defineCollection({
  // deferRender: compile each article when its page renders, not all up front (memory on big guides).
  loader: glob({ pattern: '*.mdx', base: `${base}/guide`, deferRender: true }),
  schema: z.object({
    title: z.string().min(3, 'title: give the article a title'),
    description: z
      .string()
      .min(20, 'description: write one sentence of at least 20 characters')
      .max(160, 'description: keep it to 160 characters or fewer (it is shown in search engines and link previews)'),
    order: z.number().int().positive('order: a whole number from 1 up, the place in the reading order'),
    lastReviewed: z.coerce.date({ error: 'lastReviewed: give a date as YYYY-MM-DD' }),
    sources: z.array(reference('sources')).min(1, 'sources: cite at least one source id from content/sources.yaml'),
    searchTerms: z.array(z.string()).default([]),
    /** Old heading ids that must keep landing on a renamed section: { old-id: new-id }. */
    anchorAliases: z.record(z.string(), z.string()).default({}),
    /** Old URLs (without slashes) of this page: each becomes a redirect to it. */
    aliases: z.array(z.string()).default([]),
  }),
});

/** Every reference, cited by id from article frontmatter and <Cite id="…" />. */
const sources = defineCollection({
  loader: file(`${base}/sources.yaml`),
  schema: z.object({
    title: z.string().min(3),
    publisher: z.string().min(2),
    url: z.url({ protocol: /^https$/, error: 'url: give a full https:// address' }),
    year: z.number().int().min(1950).max(2100),
  }),
});

/** Plain-language definitions, one anchor each on /glossary/. Articles link a term's first use with <Term id="…">. */
const glossary = defineCollection({
  loader: file(`${base}/glossary.yaml`),
  schema: z.object({
    term: z.string().min(2),
    definition: z.string().min(10).max(400, 'definition: keep it under 400 characters'),
    article: reference('guide').optional(),
    /** Other names a reader may search for (brand names, slang). */
    alsoCalled: z.array(z.string()).default([]),
  }),
});

/** The facts behind the medication comparison table. */
const medications = defineCollection({
  loader: file(`${base}/medications.yaml`),
  schema: z.object({
    name: z.string(),
    order: z.number().int().positive(),
    action: z.enum(['full agonist', 'partial agonist', 'antagonist']),
    whatItDoes: z.string(),
    brands: z.array(z.string()),
    howTaken: z.string(),
    whereToGet: z.string(),
    whenToStart: z.string(),
    watchFor: z.string(),
    evidence: z.string(),
    sources: z.array(reference('sources')).min(1),
  }),
});

/** The 11 DSM-5-TR signs of opioid use disorder in plain words, for the self-check page. */
const criteria = defineCollection({
  loader: file(`${base}/criteria.yaml`),
  schema: z.object({
    order: z.number().int().min(1).max(11, 'order: there are 11 criteria, numbered 1 to 11'),
    text: z.string().min(10, 'text: say the sign in plain words'),
    example: z.string().optional(),
    /** Tolerance and withdrawal: not counted when opioids are taken only as prescribed. */
    notCountedIfPrescribed: z.boolean().default(false),
  }),
});

/** Pages about the site itself (About): content/pages/<slug>.mdx, rendered at /<slug>/. */
const pages = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${base}/pages` }),
  schema: z.object({
    title: z.string().min(3, 'title: give the page a title'),
    description: z.string().min(20).max(160, 'description: keep it to 160 characters or fewer'),
    lastReviewed: z.coerce.date({ error: 'lastReviewed: give a date as YYYY-MM-DD' }),
  }),
});

export const collections = { guide, sources, glossary, medications, criteria, pages };
