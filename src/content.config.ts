// The collections: where each kind of content lives (content/, or CONTENT_DIR for test fixtures)
// and the schema it must pass. The schemas are plain zod in src/schemas/ (unit-tested without
// Astro); here they get Astro's reference() for links between collections.
import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { contentDir } from './lib/content-dir';
import { copyFile } from './copy-loader';
import { guideSchema, pageSchema, translatedSourceSchema, translationFields } from './schemas/guide';
import { criterionSchema, firstAidSchema, glossarySchema, medicationSchema, sourceSchema } from './schemas/facts';
import { helplineSchema, privacySchema } from './schemas/help';
import { clinicianSchema, needsSchema, readingSchema, receptorSchema, selfCheckSchema, uiSchema, withdrawalSchema } from './schemas/copy';

const base = contentDir();

const guide = defineCollection({
  // deferRender: compile each article when its page renders, not all up front (memory on big guides).
  loader: glob({ pattern: '*.mdx', base: `${base}/guide`, deferRender: true }),
  schema: guideSchema({ sources: reference('sources'), guide: reference('guide'), firstAid: reference('firstAid') }),
});
const pages = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${base}/pages` }), schema: pageSchema });
const sources = defineCollection({ loader: file(`${base}/sources.yaml`), schema: sourceSchema });
const glossary = defineCollection({ loader: file(`${base}/glossary.yaml`), schema: glossarySchema(reference('guide')) });
const medications = defineCollection({ loader: file(`${base}/medications.yaml`), schema: medicationSchema(reference('sources')) });
const criteria = defineCollection({ loader: file(`${base}/criteria.yaml`), schema: criterionSchema });
const helplines = defineCollection({ loader: file(`${base}/helplines.yaml`), schema: helplineSchema(reference('sources')) });
const privacy = defineCollection({ loader: file(`${base}/privacy.yaml`), schema: privacySchema });
const firstAid = defineCollection({ loader: file(`${base}/first-aid.yaml`), schema: firstAidSchema(reference('helplines')) });
const reading = defineCollection({ loader: file(`${base}/reading.yaml`), schema: readingSchema });

// Words readers see outside the articles: one entry per language (`en`, later `es`), see copy-loader.ts.
const ui = defineCollection({ loader: copyFile(base, 'ui.yaml'), schema: uiSchema });
const needs = defineCollection({ loader: copyFile(base, 'needs.yaml'), schema: needsSchema });
const selfCheck = defineCollection({ loader: copyFile(base, 'self-check.yaml'), schema: selfCheckSchema });
const withdrawal = defineCollection({ loader: copyFile(base, 'withdrawal.yaml'), schema: withdrawalSchema });
const receptor = defineCollection({ loader: copyFile(base, 'receptor.yaml'), schema: receptorSchema });
const clinician = defineCollection({ loader: copyFile(base, 'clinician.yaml'), schema: clinicianSchema });

// The Spanish edition (content/es/): articles and pages record the English original they follow;
// data files have the English file's schema, ids and numbers, with translated words.
const es = `${base}/es`;
const guideEs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${es}/guide`, deferRender: true }),
  schema: guideSchema({ sources: reference('sources'), guide: reference('guide'), firstAid: reference('firstAid') })
    .omit({ anchorAliases: true, aliases: true })
    .extend(translationFields(reference('guide'))),
});
const pagesEs = defineCollection({ loader: glob({ pattern: '*.mdx', base: `${es}/pages` }), schema: pageSchema.extend(translationFields(reference('pages'))) });
const sourcesEs = defineCollection({ loader: file(`${es}/sources.yaml`), schema: translatedSourceSchema });
const glossaryEs = defineCollection({ loader: file(`${es}/glossary.yaml`), schema: glossarySchema(reference('guide')) });
const medicationsEs = defineCollection({ loader: file(`${es}/medications.yaml`), schema: medicationSchema(reference('sources')) });
const criteriaEs = defineCollection({ loader: file(`${es}/criteria.yaml`), schema: criterionSchema });
const helplinesEs = defineCollection({ loader: file(`${es}/helplines.yaml`), schema: helplineSchema(reference('sources')) });
const privacyEs = defineCollection({ loader: file(`${es}/privacy.yaml`), schema: privacySchema });
const firstAidEs = defineCollection({ loader: file(`${es}/first-aid.yaml`), schema: firstAidSchema(reference('helplinesEs')) });
const readingEs = defineCollection({ loader: file(`${es}/reading.yaml`), schema: readingSchema });

export const collections = {
  guide, sources, glossary, medications, criteria, pages, helplines, privacy, reading, firstAid,
  ui, needs, selfCheck, withdrawal, receptor, clinician,
  guideEs, pagesEs, sourcesEs, glossaryEs, medicationsEs, criteriaEs, helplinesEs, privacyEs, firstAidEs, readingEs,
};
