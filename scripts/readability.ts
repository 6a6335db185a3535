// Prints the Flesch-Kincaid grade of every article and copy file: `npx tsx scripts/readability.ts` or `npm run readability`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gradeOfCopy, gradeOfMdx } from '../src/lib/readability';
import { copyFilesToRead } from '../src/lib/copy-files';

const content = process.env.CONTENT_DIR ?? 'content';
for (const sub of ['guide', 'pages']) {
  for (const f of readdirSync(join(content, sub)).filter((f) => f.endsWith('.mdx')).sort()) {
    const body = readFileSync(join(content, sub, f), 'utf8').replace(/^---[\s\S]*?---/, '');
    console.log(`${gradeOfMdx(body).toFixed(1).padStart(5)}  ${sub}/${f}`);
  }
}
for (const f of copyFilesToRead) {
  console.log(`${gradeOfCopy(parse(readFileSync(join(content, f), 'utf8'))).toFixed(1).padStart(5)}  ${f}`);
}
