import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The content-fixture tests run `astro sync` in a child process.
    testTimeout: 120_000,
  },
});
