import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Two tiers: `unit` (the core in Node on linkedom, popup components in happy-dom) and `e2e`
// (the built extension in real Chromium and Firefox ESR; slow, run one file at a time).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // A file's first test also pays for loading the sources lexicons and parsers; on a busy
          // 2-core machine that alone passed vitest's 5 s default and failed tests that were right.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
