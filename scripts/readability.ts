// Prints the Flesch-Kincaid grade of every article: `npx tsx scripts/readability.ts` or `npm run readability`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeOfMdx } from '../src/lib/readability';

const dir = join(process.env.CONTENT_DIR ?? 'content', 'guide');
for (const f of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
  const body = readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, '');
  console.log(`${gradeOfMdx(body).toFixed(1).padStart(5)}  ${f}`);
}
