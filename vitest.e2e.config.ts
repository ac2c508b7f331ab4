import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium via playwright-core against the production build.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
