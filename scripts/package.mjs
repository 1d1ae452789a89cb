// `npm run package`: builds both targets and writes store-ready zips to dist/packages/
// (web-ext's packer for both: it zips a folder with the manifest at its root).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (args) => {
  const { status } = spawnSync('npx', args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
};

run(['node', 'scripts/build.mjs']);
for (const target of ['chrome', 'firefox']) {
  run(['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'dist/packages',
    '--filename', `footnote-${target}-${version}.zip`, '--overwrite-dest', '--no-config-discovery']);
}
