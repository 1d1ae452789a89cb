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

  it('puts an <html> tag after the doctype when the page keeps its own in IE conditional comments', () => {
    const html = PAGE.replace('<html lang="en">', '<!--[if lte IE 9]> <html lang="en" class="old-ie"> <![endif]-->\n<!--[if gt IE 9]> <html lang="en"> <![endif]-->');
    const fixed = fromDocumentStart(html);
    expect(fixed.startsWith('<!DOCTYPE html><html><!--[if lte IE 9]>')).toBe(true);
    const { document } = parseHTML(fixed);
    expect(document.documentElement.tagName).toBe('HTML');
    expect(document.querySelector('h1')?.closest('html')).toBe(document.documentElement);
  });

  it('the same for a doctype followed straight by <head>', () => {
    const html = PAGE.replace('<html lang="en">', '');
    const { document } = parseHTML(fromDocumentStart(html));
    expect(document.documentElement.tagName).toBe('HTML');
    expect(document.body?.querySelector('h1')?.textContent).toBe('Ferry fares rise 9% on the Orvale line');
  });

  it('reads from <html> when a stray script stands between it and the doctype', () => {
    const html = PAGE.replace('<!DOCTYPE html>', '<!DOCTYPE html>\n<script>console.log(1)</script>');
    expect(fromDocumentStart(html)).toBe(PAGE.replace('<!DOCTYPE html>', ''));
  });

  it('leaves a page whose <html> follows its doctype as it is', () => {
    expect(fromDocumentStart(`<!DOCTYPE html>\n<!-- built 12:00 -->\n${PAGE.replace('<!DOCTYPE html>', '')}`)).toBe(`<!DOCTYPE html>\n<!-- built 12:00 -->\n${PAGE.replace('<!DOCTYPE html>', '')}`);
  });
});
