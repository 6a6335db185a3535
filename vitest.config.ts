import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs before the build (pure functions, content fixtures);
// "dist" checks the built site in dist/ (valid HTML, links), so it runs after `npm run build`.
export default defineConfig({
  test: {
    // Two workers at least: the fixture builds run in child processes, so while one worker waits for
    // them the other runs the rest (Vitest's default, cores − 1, is one worker on a 2-core machine).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
