// Prints the Flesch-Kincaid grade of every article and copy file: `npx tsx scripts/readability.ts` or `npm run readability`.
import { readFileSync } from 'node:fs';
import { readArticleFiles } from '../src/lib/article-files';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gradeOfCopy, gradeOfMdx } from '../src/lib/readability';
import { copyFilesToRead } from '../src/lib/copy-files';

const content = process.env.CONTENT_DIR ?? 'content';
for (const sub of ['guide', 'pages']) {
  for (const a of readArticleFiles(join(content, sub))) console.log(`${gradeOfMdx(a.body).toFixed(1).padStart(5)}  ${a.file}`);
}
for (const f of copyFilesToRead) {
  console.log(`${gradeOfCopy(parse(readFileSync(join(content, f), 'utf8'))).toFixed(1).padStart(5)}  ${f}`);
}
