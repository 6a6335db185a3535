// Schemas of the words readers see outside the articles: the site's chrome (content/ui.yaml) and
// one file per tool (needs, self-check, withdrawal, receptor, clinician; reading.yaml for the
// article tools). Strict objects: a misspelt key is an error, not a silently missing string. A
// translation (content/es/<same file>) must pass the same schema.
import { z } from 'astro/zod';

const text = z.string().min(1);
const link = z.strictObject({ href: z.string().regex(/^(\/|https:\/\/)/, 'href: a path on this site (/…) or an https:// address'), text });

/** Words of the article page's reading tools (content/reading.yaml): one entry, `article`. */
export const readingSchema = z.object({
  keyPoints: z.string().min(2),
  related: z.string().min(2),
  print: z.string().min(2),
  listen: z.string().min(2),
  pause: z.string().min(2),
  resume: z.string().min(2),
  stop: z.string().min(2),
  listenHint: z.string().min(10),
  reading: z.string().min(2),
  highlighted: z.string().min(5),
  clearHighlights: z.string().min(5),
  closeHighlights: z.string().min(5),
  printedFrom: z.string().min(5),
});

/** content/ui.yaml: the chrome's words, keyed by place. */
export const uiSchema = z.strictObject({
  skipLink: text,
  /** The hidden label of each section heading's link (read by the build's heading plugin, astro.config.mjs). */
  headingLink: text,
  header: z.strictObject({ navLabel: text, nav: z.array(link.extend({ help: z.boolean().optional() })).min(1) }),
  footer: z.strictObject({ disclaimer: text, navLabel: text, nav: z.array(link).min(1), promise: text }),
  getHelp: z.strictObject({ urgent: text, title: text, call: text, more: text, tty: text, sources: text }),
  siteSearch: z.strictObject({ label: text, placeholder: text, button: text }),
  themeToggle: z.strictObject({ label: text, on: text, off: text }),
  toc: z.strictObject({ title: text, references: text }),
  pager: z.strictObject({ label: text, previous: text, next: text }),
  reviewDates: z.strictObject({ lastReviewed: text, nextDue: text }),
  references: z.strictObject({ heading: text, noDate: text }),
  guideNav: z.strictObject({ title: text, all: text }),
  home: z.strictObject({ tagline: text, lede: text, start: text, emergency: text, also: text, tools: text, toolList: z.array(text).min(1), guide: text }),
  notFound: z.strictObject({ title: text, description: text, text, overdose: text, search: text, pick: text }),
  search: z.strictObject({
    title: text, description: text, heading: text, noScript: text, failed: text,
    button: text, example: text, resultOne: text, resultMany: text, nothing: text, didYouMean: text, didYouMeanEnd: z.string(), more: text,
    helpTitle: text, helpCall: text, helpFind: text, helpGlossary: text, helpOverdose: text,
  }),
  article: z.strictObject({
    minutesOne: text, minutesMany: text, alsoSearched: text, backToContents: text, linkCopied: text, copyThisLink: text,
    /** On a translation: the day it was last checked against the English ({date}). */
    translationChecked: text.optional(),
  }),
  note: z.strictObject({ urgent: text }),
  urgentSteps: z.strictObject({ call: text }),
  cite: z.strictObject({ source: text }),
  timeBound: z.strictObject({ note: text }),
  glossary: z.strictObject({ title: text, description: text, intro: text, alsoCalled: text, readMore: text }),
  sources: z.strictObject({ title: text, description: text, intro: text, checked: text, citedIn: text, inSpanish: text }),
  privacy: z.strictObject({
    title: text,
    description: text,
    intro: text,
    points: z.array(text).min(1),
    history: text,
    leaveQuickly: text,
    clearHistory: text,
    clearHistoryIntro: text,
  }),
  overdoseCard: z.strictObject({
    title: text,
    description: text,
    howTo: text,
    print: text,
    urgent: text,
    heading: text,
    call: text,
    signs: text,
    whatToDo: text,
    then: text,
    numbers: text,
    shortens: text,
  }),
  medicationTable: z.strictObject({
    caption: text,
    compared: text,
    and: text,
    rows: z.strictObject({ whatItDoes: text, action: text, brands: text, howTaken: text, whereToGet: text, whenToStart: text, watchFor: text, evidence: text }),
    /** The words for each medicine's `action` (an English enum in content/medications.yaml). */
    actions: z.strictObject({ 'full agonist': text, 'partial agonist': text, antagonist: text }),
  }),
  reportLink: z.strictObject({ button: text, opens: text, none: text }),
  criteria: z.strictObject({ example: text, notCounted: text }),
  moved: z.strictObject({ title: text, description: text, heading: text, text }),
});

/** content/needs.yaml: the home page starts from what the reader needs. */
export const needsSchema = z.strictObject({
  needs: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9-]+$/, 'id: small letters, digits and hyphens (the same in every language)'),
        label: text,
        summary: text,
        /** The article id (file name in content/guide) the need's title links to. */
        primary: text,
        more: z.array(text).default([]),
        /** Other pages of the site (tools, not articles) that this reader needs too. */
        pages: z.array(z.strictObject({ href: z.string().startsWith('/', 'pages.href: a path on this site'), label: text })).default([]),
        urgent: z.boolean().default(false),
      }),
    )
    .min(1),
});

const bandCopy = z.strictObject({ range: text, meaning: text, steps: z.array(text).min(1) });

/** content/self-check.yaml: every word of /self-check/ but the signs (criteria.yaml). */
export const selfCheckSchema = z
  .strictObject({
    title: text,
    description: text.max(160, 'description: keep it to 160 characters or fewer'),
    intro: text,
    private: z.strictObject({ title: text, text, withScript: text }),
    signs: z.strictObject({ heading: text, hint: text, example: text, notCounted: text }),
    prescribed: z.strictObject({ heading: text, label: text }),
    meaning: z.strictObject({ heading: text, rule: text, onlyClinician: z.strictObject({ title: text, text }), stepsTitle: text, clear: text }),
    summary: z.strictObject({ ticked: text, setAside: text, one: text, many: text, notDiagnosis: text }),
    bands: z.strictObject({ below: bandCopy, mild: bandCopy, moderate: bandCopy, severe: bandCopy }),
    steps: z.record(z.string(), text),
    sourcesHeading: text,
    sources: text,
  })
  .superRefine((copy, ctx) => {
    for (const [band, b] of Object.entries(copy.bands)) {
      for (const id of b.steps) {
        if (!(id in copy.steps)) ctx.addIssue({ code: 'custom', path: ['bands', band, 'steps'], message: `bands.${band}.steps: "${id}" is not one of steps (${Object.keys(copy.steps).join(', ')})` });
      }
    }
  });

/** content/withdrawal.yaml: the withdrawal timeline's phases. */
export const withdrawalSchema = z.strictObject({
  heading: text,
  sub: text,
  phases: z
    .array(z.strictObject({ when: text, title: text, text, level: z.number().int().min(1).max(4, 'level: 1 to 4 (the strength bar)'), long: z.boolean().default(false) }))
    .min(2),
  note: text,
});

/** content/receptor.yaml: the receptor diagram's three panels. */
export const receptorSchema = z.strictObject({
  panels: z
    .array(z.strictObject({ kind: z.enum(['full', 'partial', 'antagonist']), title: text, examples: text, text, level: z.number().min(0).max(1, 'level: 0 to 1 (how full the effect bar is)') }))
    .length(3, 'panels: one each for full, partial and antagonist'),
  ceiling: text,
  effect: text,
  caption: text,
});

/** content/clinician.yaml: the sheet to take to a clinician. */
export const clinicianSchema = z.strictObject({
  title: text,
  description: text.max(160, 'description: keep it to 160 characters or fewer'),
  intro: text,
  print: text,
  printHelp: text,
  medications: z.strictObject({ heading: text, intro: text }),
  settings: z.strictObject({ heading: text, items: z.array(z.strictObject({ term: text, detail: text })).min(1), more: text }),
  questions: z.strictObject({ heading: text, items: z.array(z.strictObject({ topic: text, ask: text })).min(1) }),
  notes: z.strictObject({ heading: text, hint: text }),
  sourcesHeading: text,
  footer: text,
});
