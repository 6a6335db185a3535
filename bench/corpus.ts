/**
 * Writes a synthetic content folder (the shape of content/) with N articles, for timing builds at scale.
 *   npm run bench:corpus -- <dir> <articles>
 * Same seed, same corpus: numbers from two runs compare the site, not the text.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SOURCES = 200;
const TERMS = 50;

// A tiny seeded PRNG (mulberry32), so the corpus is the same on every run.
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `project` is where content/ and tests/fixtures/content-minimal/ are read from (other collections). */
export function writeCorpus(dir: string, articles: number, project = fileURLToPath(new URL('..', import.meta.url))): void {
  const rand = prng(42);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];

  // Common words plus made-up ones, so the search index grows with the corpus like real text does.
  const common = 'the a of to and in is it for on with as by at from that this can may will people treatment care help use day doctor clinic family dose'.split(' ');
  const syllables = 'ba re ti lo mu sa ne ko vi da pe ru mi to la ge fo ha ze ni'.split(' ');
  const invented = Array.from({ length: 4000 }, () => Array.from({ length: int(2, 4) }, () => pick(syllables)).join(''));
  const word = () => (rand() < 0.45 ? pick(common) : pick(invented));
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
  const sentence = () => `${capital(words(int(8, 18)))}.`;

  mkdirSync(join(dir, 'guide'), { recursive: true });
  const sourceIds = Array.from({ length: SOURCES }, (_, i) => `source-${i + 1}`);
  const termIds = Array.from({ length: TERMS }, (_, i) => `term-${i + 1}`);

  // JSON strings are valid YAML scalars, so no quoting rules to get wrong.
  const q = JSON.stringify;
  writeFileSync(
    join(dir, 'sources.yaml'),
    sourceIds.map((id, i) => `${id}:\n  title: ${q(capital(words(6)))}\n  publisher: Synthetic Publisher\n  url: https://example.org/${id}\n  year: ${2000 + (i % 25)}\n  checked: { on: 2026-11-25, by: "synthetic source, not a real check" }\n`).join(''),
  );
  writeFileSync(
    join(dir, 'glossary.yaml'),
    termIds.map((id) => `${id}:\n  term: ${q(capital(pick(invented)))}\n  definition: ${q(sentence())}\n`).join(''),
  );
  writeFileSync(
    join(dir, 'medications.yaml'),
    `synthetic-med:\n  name: Synthetic medicine\n  order: 1\n  action: antagonist\n  whatItDoes: Nothing.\n  brands: []\n  howTaken: Not taken.\n  whereToGet: Nowhere.\n  whenToStart: Never.\n  watchFor: Nothing.\n  evidence: None.\n  sources: [${sourceIds[0]}]\n`,
  );

  // Collections this generator does not know (added since): take them from the minimal fixture, else content/.
  for (const from of [join(project, 'tests/fixtures/content-minimal'), join(project, 'content')]) {
    for (const name of existsSync(from) ? readdirSync(from) : []) {
      if (name.endsWith('.yaml') && !existsSync(join(dir, name))) copyFileSync(join(from, name), join(dir, name));
    }
  }
  // Site pages (About): the fixture's stand-ins, so the synthetic build has every page the footer links to.
  if (!existsSync(join(dir, 'pages'))) cpSync(join(project, 'tests/fixtures/content-minimal/pages'), join(dir, 'pages'), { recursive: true });
  // The Spanish edition's copy files and About page (the footer links to it); no Spanish articles,
  // since a translation must follow an English article the corpus does not have.
  const es = join(project, 'tests/fixtures/content-minimal/es');
  if (existsSync(es) && !existsSync(join(dir, 'es'))) {
    cpSync(es, join(dir, 'es'), { recursive: true, filter: (src) => !src.startsWith(join(es, 'guide')) });
    // Its medicine cites the fixture's English source, which the corpus's sources replace.
    const meds = join(dir, 'es', 'medications.yaml');
    writeFileSync(meds, readFileSync(meds, 'utf8').replaceAll('fixture-source', sourceIds[0]));
  }

  for (let n = 1; n <= articles; n++) {
    const cites = [...new Set([pick(sourceIds), pick(sourceIds), pick(sourceIds)])];
    // A paragraph of 3-5 sentences; most end with a citation, like the real guide.
    const paragraph = () =>
      Array.from({ length: int(3, 5) }, () => sentence() + (rand() < 0.6 ? `<Cite id="${pick(cites)}" />` : '')).join(' ');
    const sections = Array.from({ length: 4 }, (_, s) =>
      [
        `## ${capital(words(3))} ${s + 1}`,
        paragraph(),
        s === 0 ? `${paragraph()} A <Term id="${pick(termIds)}">${pick(invented)}</Term> too.` : paragraph(),
        `### ${capital(words(4))} ${s + 1}`,
        paragraph(),
      ].join('\n\n'),
    );
    const frontmatter = [
      '---',
      `title: ${q(`Synthetic article ${n}: ${words(3)}`)}`,
      `description: ${q(capital(words(12)).slice(0, 150))}`,
      `order: ${n}`,
      'lastReviewed: 2026-01-15',
      `sources: [${cites.join(', ')}]`,
      `searchTerms: [${pick(invented)}]`,
      '---',
    ];
    writeFileSync(join(dir, 'guide', `synthetic-${String(n).padStart(5, '0')}.mdx`), `${frontmatter.join('\n')}\n\n${sections.join('\n\n')}\n`);
  }
}

// CLI: tsx bench/corpus.ts <dir> <articles>
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir, count] = process.argv.slice(2);
  if (!dir || !(Number(count) > 0)) {
    console.error('usage: npm run bench:corpus -- <dir> <articles>');
    process.exit(2);
  }
  writeCorpus(resolve(dir), Number(count));
  console.log(`Wrote ${count} articles to ${resolve(dir)}`);
}
