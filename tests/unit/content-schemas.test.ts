// Every content file against its schema, in-process (src/schemas/: the zod schemas the build uses,
// with plain id strings where the build checks references). Fast, so each rule gets a case; one
// full build in content-fixtures.test.ts proves Astro applies them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { guideSchema, pageSchema } from '../../src/schemas/guide';
import { criterionSchema, firstAidSchema, glossarySchema, medicationSchema, sourceSchema } from '../../src/schemas/facts';
import { helplineSchema, privacySchema } from '../../src/schemas/help';
import { clinicianSchema, needsSchema, readingSchema, receptorSchema, selfCheckSchema, uiSchema, withdrawalSchema } from '../../src/schemas/copy';

const id = z.string().min(1);
const guide = guideSchema({ sources: id, guide: id, firstAid: id });

const frontmatter = (file: string) => parse(readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)![1]) as unknown;
const yamlOf = (file: string) => parse(readFileSync(file, 'utf8')) as unknown;

/** "field: message" for each problem, as the build reports them. */
function problems(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

// Collections of many entries (file() loader: top-level keys are ids) and single copy files (one document).
const entryFiles: [string, z.ZodType][] = [
  ['sources.yaml', sourceSchema],
  ['glossary.yaml', glossarySchema(id)],
  ['medications.yaml', medicationSchema(id)],
  ['criteria.yaml', criterionSchema],
  ['helplines.yaml', helplineSchema(id)],
  ['privacy.yaml', privacySchema],
  ['first-aid.yaml', firstAidSchema(id)],
  ['reading.yaml', readingSchema],
];
const copyFiles: [string, z.ZodType][] = [
  ['ui.yaml', uiSchema],
  ['needs.yaml', needsSchema],
  ['self-check.yaml', selfCheckSchema],
  ['withdrawal.yaml', withdrawalSchema],
  ['receptor.yaml', receptorSchema],
  ['clinician.yaml', clinicianSchema],
];

describe.each(['content', 'tests/fixtures/content-minimal'])('%s passes every schema', (dir) => {
  test.each(entryFiles)('%s', (file, schema) => {
    const entries = Object.entries(yamlOf(join(dir, file)) as Record<string, unknown>);
    expect(entries.length, `${dir}/${file}`).toBeGreaterThan(0);
    for (const [key, entry] of entries) expect(problems(schema, entry), `${dir}/${file} → ${key}`).toEqual([]);
  });
  test.each(copyFiles)('%s', (file, schema) => {
    expect(existsSync(join(dir, file)), `${dir}/${file} is missing (each copy file needs a copy in the minimal fixture)`).toBe(true);
    expect(problems(schema, yamlOf(join(dir, file))), `${dir}/${file}`).toEqual([]);
  });
  test('articles and pages', () => {
    for (const sub of ['guide', 'pages']) {
      for (const f of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.mdx'))) {
        expect(problems(sub === 'guide' ? guide : pageSchema, frontmatter(join(dir, sub, f))), `${dir}/${sub}/${f}`).toEqual([]);
      }
    }
  });
});

describe('broken content is refused with the field and what to do (tests/fixtures/broken)', () => {
  const article = (name: string) => {
    const dir = join('tests/fixtures/broken', name, 'guide');
    return frontmatter(join(dir, readdirSync(dir)[0]));
  };
  test.each([
    ['missing-title', /^title: /],
    ['description-too-long', /^description: description: keep it to 160 characters/],
    ['bad-date', /^lastReviewed: lastReviewed: give a date as YYYY-MM-DD/],
    ['order-not-a-number', /^order: /],
    ['key-points-too-few', /^keyPoints: keyPoints: give 3 to 5 points/],
    ['key-point-two-sentences', /^keyPoints\.\d: keyPoints: each point is exactly one sentence/],
  ])('article: %s', (name, expected) => {
    const found = problems(guide, article(name));
    expect(found.length, found.join('\n')).toBe(1);
    expect(found[0]).toMatch(expected);
  });
  test.each([
    ['source-without-https', /^url: url: give a full https:\/\/ address/],
    ['source-unchecked', /^checked: checked: record how this source was checked/],
  ])('source: %s', (name, expected) => {
    const [[, entry]] = Object.entries(yamlOf(join('tests/fixtures/broken', name, 'sources.yaml')) as Record<string, unknown>);
    const found = problems(sourceSchema, entry);
    expect(found.length, found.join('\n')).toBe(1);
    expect(found[0]).toMatch(expected);
  });
});

describe('copy files refuse mistakes a translator could make', () => {
  const real = <T>(file: string) => yamlOf(join('content', file)) as T;
  test('a misspelt key is an error, not a silently missing string', () => {
    const ui = real<Record<string, Record<string, unknown>>>('ui.yaml');
    expect(problems(uiSchema, { ...ui, footer: { ...ui.footer, promis: 'x' } }).join('\n')).toMatch(/footer: .*promis/);
  });
  test('a missing string is named by its place', () => {
    const ui = real<Record<string, Record<string, unknown>>>('ui.yaml');
    const { title: _, ...getHelp } = ui.getHelp;
    expect(problems(uiSchema, { ...ui, getHelp })).toEqual([expect.stringMatching(/^getHelp\.title: /)]);
  });
  test('a self-check band must name steps that exist', () => {
    const copy = real<{ bands: Record<string, { steps: string[] }> }>('self-check.yaml');
    const broken = { ...copy, bands: { ...copy.bands, severe: { ...copy.bands.severe, steps: ['callSomeone'] } } };
    expect(problems(selfCheckSchema, broken)).toEqual([expect.stringMatching(/^bands\.severe\.steps: .*"callSomeone" is not one of steps/)]);
  });
  test('the receptor diagram has exactly its three kinds of panel', () => {
    const copy = real<{ panels: { kind: string }[] }>('receptor.yaml');
    expect(problems(receptorSchema, { ...copy, panels: copy.panels.slice(0, 2) })).toEqual([expect.stringMatching(/^panels: panels: one each/)]);
    expect(problems(receptorSchema, { ...copy, panels: [{ ...copy.panels[0], kind: 'agonist' }, ...copy.panels.slice(1)] })[0]).toMatch(/^panels\.0\.kind/);
  });
  test('a need has an id that stays the same in every language', () => {
    const copy = real<{ needs: Record<string, unknown>[] }>('needs.yaml');
    expect(problems(needsSchema, { needs: [{ ...copy.needs[0], id: 'Quelqu’un' }] })[0]).toMatch(/^needs\.0\.id: id: small letters/);
  });
});

describe('a translation (content/es/<file>) has the same shape as the English file', () => {
  /** Every key path in a copy document: arrays by item (with its id when it has one), so lists can differ only in words. */
  const shape = (value: unknown, at = ''): string[] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${at}[${(v as { id?: string })?.id ?? i}]`));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [`${at}.${k}`, ...shape(v, `${at}.${k}`)]);
    return [];
  };
  test('shape() sees a missing key and a renamed id', () => {
    expect(shape({ a: { b: 'x' }, list: [{ id: 'one' }] })).toEqual(['.a', '.a.b', '.list', '.list[one].id']);
  });
  test('each translated copy file passes the schema and keeps every key and id', () => {
    for (const [file, schema] of copyFiles) {
      const translated = join('content/es', file);
      if (!existsSync(translated)) continue;
      expect(problems(schema, yamlOf(translated)), translated).toEqual([]);
      expect(shape(yamlOf(translated)), translated).toEqual(shape(yamlOf(join('content', file))));
    }
  });
});
