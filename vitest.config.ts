import { defineConfig } from 'vitest/config';

// Two projects: "unit" runs before the build (pure functions, content fixtures);
// "dist" checks the built site in dist/ (valid HTML, links), so it runs after `npm run build`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 120_000 } },
      { test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
    ],
  },
});
