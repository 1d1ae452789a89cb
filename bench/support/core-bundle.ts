import { build } from 'vite';

// The analysis core (and Readability, the baseline) as one script for injection into a page in
// real Chromium, so that benchmarks time the same code the content script runs.

export async function buildCoreBundle(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: process.env.BENCH_MINIFY !== '0',
      target: 'es2022',
      lib: { entry: 'bench/support/core-entry.ts', name: 'FootnoteBench', formats: ['iife'], fileName: 'core' },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && 'code' in chunk) return chunk.code;
    }
  }
  throw new Error('the core bundle was not built');
}
