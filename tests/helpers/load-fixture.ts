import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument, type AnalyzeOptions, type DocumentAnalysis } from '../../src/core/index';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** A fixture page as a Document (linkedom, as the `analyze` command uses). */
export function loadDocument(name: string): Document {
  return parseHTML(readFileSync(join(FIXTURES, name), 'utf8')).document as unknown as Document;
}

export function htmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function analyzeFixture(name: string, options: AnalyzeOptions = {}): DocumentAnalysis {
  return analyzeDocument(loadDocument(name), options);
}
