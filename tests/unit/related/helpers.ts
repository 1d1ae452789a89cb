import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../../src/core/index';
import type { FactSheet } from '../../../src/core/types';
import { FIXTURES, loadDocument } from '../../helpers/load-fixture';

export const RELATED = join(FIXTURES, 'related');
export const SEED = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seed', 'seed-article.html');

/** The seed article's sheet, analysed at run time (the page is read, never copied). */
export function seedSheet(): FactSheet {
  const doc = parseHTML(readFileSync(SEED, 'utf8')).document as unknown as Document;
  return analyzeDocument(doc, { url: 'https://asianews.network/about-50-percent-casualty-rate-among-north-korean-troops-in-russia-us-expert/' }).sheet;
}

export function fixtureSheet(name: string, url: string): FactSheet {
  return analyzeDocument(loadDocument(name), { url }).sheet;
}

export function relatedFixture(name: string, origin = 'http://127.0.0.1:9'): string {
  return readFileSync(join(RELATED, name), 'utf8')
    .replaceAll('{{ORIGIN_ENCODED}}', encodeURIComponent(origin).toLowerCase()).replaceAll('{{ORIGIN}}', origin);
}
