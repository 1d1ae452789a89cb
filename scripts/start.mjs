// `npm start`: builds the extension and opens a browser with it loaded on a bundled sample
// article served from 127.0.0.1. Without a display (a server, CI) it says so and prints the
// sample's fact panel in the terminal instead.
//   npm start                 Firefox (web-ext run)
//   npm start -- chromium     Chromium
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';

const SAMPLE = 'tests/fixtures/pages/harbor-bridge-budget.html';
const browser = process.argv[2] === 'chromium' ? 'chromium' : 'firefox';
// FOOTNOTE_DIST: the build's folder (vite.config.ts), so that a start beside a test run keeps apart.
const DIST = process.env.FOOTNOTE_DIST ?? 'dist';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

if (run('node', ['scripts/build.mjs']) !== 0) process.exit(1);

// CHROMIUM_PATH / FIREFOX_PATH pick another binary, as in the end-to-end tests.
const binary = browser === 'chromium' ? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' : process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const noDisplay = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (noDisplay || !existsSync(binary)) {
  console.log(noDisplay
    ? '\nNo display here, so no browser window can open. The sample article\'s fact panel:\n'
    : `\n${binary} is not installed (sudo apt-get install -y chromium firefox-esr). The sample article's fact panel:\n`);
  process.exit(run('npx', ['tsx', 'src/cli/analyze.ts', '--format', 'text', '--url',
    'https://coastalcourier.example/news/2026/03/12/harbour-bridge-repairs-cost', SAMPLE]));
}

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(SAMPLE));
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/news/2026/03/12/harbour-bridge-repairs-cost`;
  console.log(`Sample article at ${url}; click Footnote's toolbar icon there. Ctrl-C to stop.`);
  // Chromium refuses to start as root (a container, a fresh VM) unless its sandbox is off; an
  // ordinary user keeps the sandbox.
  const asRoot = process.getuid?.() === 0;
  const args = browser === 'chromium'
    ? ['web-ext', 'run', '-t', 'chromium', '--chromium-binary', binary, '--source-dir', `${DIST}/chrome`, '--start-url', url,
      ...(asRoot ? ['--arg=--no-sandbox'] : [])]
    : ['web-ext', 'run', '--firefox', binary, '--source-dir', `${DIST}/firefox`, '--start-url', url];
  const child = spawn('npx', args, { stdio: 'inherit' });
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
