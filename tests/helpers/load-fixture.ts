import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument, type AnalyzeOptions, type DocumentAnalysis } from '../../src/core/index';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/**
 * The day a "recent" fixture page was published, for unit tests, whose clocks are fixed near it.
 * The pages say `{{RECENT_DAY}}`; the end-to-end server fills in yesterday instead, so that a
 * service that searches only recent months (GDELT) keeps answering the real clock's tests.
 */
const RECENT_DAY = '2026-11-25';

/** A fixture page's HTML, its `{{RECENT_DAY}}` filled in. */
function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8').replaceAll('{{RECENT_DAY}}', RECENT_DAY);
}

/** A fixture page as a Document (linkedom, as the `analyze` command uses). */
export function loadDocument(name: string): Document {
  return parseHTML(readFixture(name)).document as unknown as Document;
}

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function analyzeFixture(name: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return analyzeDocument(loadDocument(name), options);
}
