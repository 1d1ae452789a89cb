import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Where end-to-end tests find their pages and leave their screenshots.

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** Screenshots and reports (git-ignored). */
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const FIXTURE_PAGES = join(FIXTURES, 'pages');

export function ensureArtifacts(): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return ARTIFACTS;
}
