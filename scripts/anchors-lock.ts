// Rewrites anchors.lock.json from the built site: `npm run build && npm run anchors:update`.
// Run it after adding pages or sections; the link test keeps every locked address working.
import { writeFileSync } from 'node:fs';
import { buildLock, lockProblems } from '../src/lib/anchor-lock';
import { readBuiltPages } from '../tests/helpers/built-pages';
import lock from '../anchors.lock.json' with { type: 'json' };

const pages = readBuiltPages();
const problems = lockProblems(lock, pages);
if (problems.length && !process.argv.includes('--force')) {
  console.error(`These published addresses would break:\n  ${problems.join('\n  ')}\nAdd aliases, or run with --force to drop them on purpose.`);
  process.exit(1);
}
const next = buildLock(pages);
writeFileSync('anchors.lock.json', `${JSON.stringify(next, null, 2)}\n`);
console.log(`anchors.lock.json: ${Object.keys(next).length} pages, ${Object.values(next).flat().length} anchors.`);
