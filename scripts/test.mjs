// The project's test command (`npm test`): builds the extension, then runs the unit tests and
// the end-to-end tests in real Chromium and Firefox ESR, and ends with a plain count.
//   npm test                 everything
//   npm test -- --unit       unit tests only (no build, no browsers)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const unitOnly = process.argv.includes('--unit');
const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (!unitOnly) {
  for (const browser of ['/usr/bin/chromium', '/usr/bin/firefox-esr']) {
    if (!existsSync(browser)) {
      console.error(`${browser} is missing: install it with  sudo apt-get install -y chromium firefox-esr`);
      process.exit(1);
    }
  }
  if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);
}

mkdirSync('artifacts', { recursive: true });
const report = 'artifacts/vitest-report.json';
const status = run('npx', [
  'vitest', 'run', ...(unitOnly ? ['--project', 'unit'] : []),
  '--reporter=default', '--reporter=json', `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
}
// Nothing here is skipped on purpose: a skipped test is one whose suite could not start (a browser
// that would not launch, a missing build), so it counts as failed; the reason is printed above.
if (skipped) console.log(`\n${skipped} tests did not run because their suite could not start; they count as failed.`);
failed += skipped;
// A run that failed outside any test (a file that would not load) still fails.
if (status !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
