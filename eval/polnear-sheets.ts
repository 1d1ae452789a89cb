// Fact sheets of a PolNeAR split, made in this process (analyzeText, as `npm run analyze -- --text`
// does for each file) and saved as the shared runner's --load-sheets file. Much faster than the
// runner's --cmd, which starts the analyzer once per chunk; the runner then scores them as usual:
//
//   npx tsx eval/polnear-sheets.ts dev /tmp/dev.jsonl
//   node ../shared/eval/runners/polnear-attribution.mjs --split dev --load-sheets /tmp/dev.jsonl [--verbose]
//
// train works the same way (develop there; dev is for measuring).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/core/index';
import { requireKit } from './kit';

const [split = 'dev', out = `/tmp/polnear-${split}.jsonl`] = process.argv.slice(2);
const DATA = requireKit('eval/data/polnear-train-dev/data');
const published = new Map<string, string>();
for (const line of readFileSync(join(DATA, 'metadata.tsv'), 'utf8').trim().split('\n').slice(1)) {
  const cols = line.split('\t');
  if (cols[0] === split) published.set(cols[1]!, cols[5]!);
}
const folder = join(DATA, split, 'text');
const lines: string[] = [];
for (const name of readdirSync(folder).filter((f) => f.endsWith('.txt')).sort()) {
  const file = join(folder, name);
  const sheet = analyzeText(readFileSync(file, 'utf8'), { referenceDate: new Date(published.get(name.slice(0, -4)) ?? Date.now()), url: null });
  lines.push(JSON.stringify({ file, sheet }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.error(`${lines.length} sheets of ${split} -> ${out}`);
