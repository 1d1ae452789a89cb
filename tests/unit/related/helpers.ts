import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../../../src/core/index';
import type { FactSheet } from '../../../src/core/types';
import { FIXTURES, loadDocument } from '../../helpers/load-fixture';

export const RELATED = join(FIXTURES, 'related');
export const WELLS_URL = 'https://pacificpress.example/up-to-40-percent-of-farm-wells-in-the-orvale-basin-have-failed-hydrologist/';

/** The project's syndicated, seed-like article (a named expert, an agency, figure ranges, relative dates). */
export function wellsSheet(): FactSheet {
  return fixtureSheet('pages/syndicated-wells.html', WELLS_URL);
}

export function fixtureSheet(name: string, url: string): FactSheet {
  return analyzeDocument(loadDocument(name), { url }).sheet;
}

export function relatedFixture(name: string, origin = 'http://127.0.0.1:9'): string {
  return readFileSync(join(RELATED, name), 'utf8')
    .replaceAll('{{ORIGIN_ENCODED}}', encodeURIComponent(origin).toLowerCase()).replaceAll('{{ORIGIN}}', origin);
}
