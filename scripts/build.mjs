// Builds the extension for both browsers from the one source manifest:
// dist/chrome (background service worker) and dist/firefox (background scripts, gecko settings).
import { build } from 'vite';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const target of targets) {
  process.env.FOOTNOTE_TARGET = target;
  await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production' });
  console.log(`built ${process.env.FOOTNOTE_DIST ?? 'dist'}/${target}`);
}
