import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/index';
import { fromDocumentStart } from '../../../src/core/reader/document-start';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Ferry fares rise 9% on the Orvale line | Harbour Courier</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>
<body><article><h1>Ferry fares rise 9% on the Orvale line</h1>
<p>Fares on the Orvale ferry line will rise 9% in April, the harbour board said on Tuesday, the first rise in four years.</p>
<p>The board said the line carried 1.2 million passengers last year and that fuel now costs 30% more than in 2021.</p>
<p>Commuters who cross twice a day will pay about 140 euros more a year, according to the passengers' association.</p>
</article></body></html>`;
const PHP_WARNING = '<br />\n<b>Warning</b>:  Undefined array key "lang" in <b>/var/www/site/header.php</b> on line <b>12</b><br />\n';

describe('where the document starts', () => {
  it('cuts server warnings printed before the doctype, so the page is read whole', () => {
    expect(fromDocumentStart(PHP_WARNING + PAGE)).toBe(PAGE);
    const { document } = parseHTML(fromDocumentStart(PHP_WARNING + PAGE));
    const { sheet } = analyzeDocument(document as unknown as Document, { referenceDate: new Date('2024-03-06') });
    expect(sheet.meta.title).toBe('Ferry fares rise 9% on the Orvale line');
    expect(sheet.meta.published).toContain('2024-03-05');
  });

  it('cuts junk before a bare <html> tag', () => {
    const page = PAGE.replace('<!DOCTYPE html>', '');
    expect(fromDocumentStart(`Notice: session started\n${page}`)).toBe(page);
  });

  it('leaves white space, comments, a byte-order mark and an XML declaration in place', () => {
    for (const prefix of ['\n\n  ', '<!-- cached 12:00 -->\n', '\uFEFF', '<?xml version="1.0" encoding="utf-8"?>\n']) {
      expect(fromDocumentStart(prefix + PAGE)).toBe(prefix + PAGE);
    }
  });

  it('leaves a fragment or a page with no document start as it is', () => {
    expect(fromDocumentStart('<p>Just a paragraph.</p>')).toBe('<p>Just a paragraph.</p>');
    expect(fromDocumentStart('')).toBe('');
  });
});
