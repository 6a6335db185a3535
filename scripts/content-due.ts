// Lists every time-bound claim (<TimeBound until=…>) due by a date, and exits 1 if any is:
//   npm run content:due                      (today)
//   npm run content:due -- --on 2027-01-31   (any day; YYYY-MM-DD)
// `npm test` runs it for today, so a stale medical claim turns CI red instead of being served.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../src/lib/content-dir';
import { dueBy, findTimeBound, type TimeBoundClaim } from '../src/lib/time-bound';

const args = process.argv.slice(2);
const onAt = args.indexOf('--on');
const day = onAt === -1 ? new Date().toISOString().slice(0, 10) : args[onAt + 1];
if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
  console.error('content:due: give the day as --on YYYY-MM-DD');
  process.exit(2);
}

const base = contentDir();
const sourcesFile = join(base, 'sources.yaml');
const sources = (existsSync(sourcesFile) ? parse(readFileSync(sourcesFile, 'utf8')) : {}) as Record<string, { title?: string; url?: string }>;

// Articles may sit in content/guide and in language folders beside it (content/guide/es/…).
function mdxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? mdxFiles(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

const claims: TimeBoundClaim[] = mdxFiles(join(base, 'guide'))
  .sort()
  .flatMap((file) => findTimeBound(readFileSync(file, 'utf8'), file));
const due = dueBy(claims, day);

for (const c of due) {
  const s = sources[c.source];
  console.log(`${c.file}:${c.line}  due ${c.until}\n  claim: ${c.claim}\n  source: ${c.source}${s ? ` — ${s.title} <${s.url}>` : ' (not in sources.yaml)'}\n`);
}
console.log(`${due.length} of ${claims.length} time-bound claim${claims.length === 1 ? '' : 's'} due by ${day}.`);
process.exit(due.length > 0 ? 1 : 0);
