// `npm run bench`: runs every benchmark in bench/ one after another (each prints its own lines,
// with its ratio against a baseline measured in the same run), then a summary.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench').filter((file) => /\.(ts|mjs)$/.test(file) && !file.startsWith('_'))
  .filter((file) => !only.length || only.some((name) => file.includes(name))).sort();
let failures = 0;
for (const file of files) {
  console.log(`\n== bench/${file}`);
  const { status } = spawnSync('npx', ['tsx', `bench/${file}`], { stdio: 'inherit' });
  if (status !== 0) failures++;
}
console.log(`\n${files.length - failures} benchmarks ran, ${failures} failed`);
process.exit(failures ? 1 : 0);
