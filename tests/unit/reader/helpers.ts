import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export const READER_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'reader');

export function readerFixture(name: string): Document {
  return parseHTML(readFileSync(join(READER_FIXTURES, name), 'utf8')).document as unknown as Document;
}

export function page(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
