// `npm run bench`: runs every benchmark in bench/ one after another (each prints its own lines,
// with its ratio against a baseline measured in the same run), then a summary.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench').filter((file) => /\.(ts|mjs)$/.test(file) && !file.startsWith('_'))
  .filter((file) => !only.length || only.some((name) => file.includes(name))).sort();
// Exit status 3: the benchmark needs the evaluation kit beside the project (eval/kit.ts), which
// a bare clone does not have. It says so itself; it is counted apart, not as a failure.
const NO_KIT = 3;
let failures = 0;
let withoutKit = 0;
for (const file of files) {
  console.log(`\n== bench/${file}`);
  const { status } = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (status === NO_KIT) withoutKit++;
  else if (status !== 0) failures++;
}
console.log(`\n${files.length - failures - withoutKit} benchmarks ran, ${failures} failed`
  + (withoutKit ? `, ${withoutKit} not run (no evaluation kit)` : ''));
process.exit(failures ? 1 : 0);
