import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import sourceManifest from './manifest.json' with { type: 'json' };

// One source manifest, two builds: FOOTNOTE_TARGET=chrome (background service worker) or
// FOOTNOTE_TARGET=firefox (background scripts, gecko settings). scripts/build.mjs runs both.

type Target = 'chrome' | 'firefox';
const target: Target = process.env.FOOTNOTE_TARGET === 'firefox' ? 'firefox' : 'chrome';

function manifestFor(browser: Target): ManifestV3Export {
  const manifest = structuredClone(sourceManifest) as Record<string, unknown> & typeof sourceManifest;
  const { service_worker: serviceWorker, scripts, type } = sourceManifest.background;
  if (browser === 'chrome') {
    manifest.background = { service_worker: serviceWorker, type } as typeof manifest.background;
    delete (manifest as Partial<typeof manifest>).browser_specific_settings;
  } else {
    manifest.background = { scripts, type } as typeof manifest.background;
  }
  return manifest as unknown as ManifestV3Export;
}

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(target), browser: target })],
  build: {
    // FOOTNOTE_DIST lets parallel builds (one per developer or CI job) use their own folder.
    outDir: `${process.env.FOOTNOTE_DIST ?? 'dist'}/${target}`,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // FOOTNOTE_MINIFY=0 keeps function names readable in CPU profiles of the built extension.
    minify: process.env.FOOTNOTE_MINIFY !== '0',
    // The background bundles linkedom (about 400 kB) to read pages off their main thread.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      input: {
        // The options page is in the manifest; pages opened by tests or links are listed here.
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
