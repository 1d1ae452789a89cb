// The page-level styles Footnote needs (only `::highlight()` rules, or the fallback's prefixed
// classes). A constructed stylesheet adds no node to the page; where adopting one fails (older
// engines, content-script wrappers), a <style> goes in <head>, never inside the article.

export const HIGHLIGHT_CSS = `
::highlight(footnote-figure) { background-color: rgba(255, 213, 79, 0.45); text-decoration: underline 2px rgba(176, 128, 0, 0.9); }
::highlight(footnote-date) { background-color: rgba(129, 212, 250, 0.40); }
::highlight(footnote-quote) { background-color: rgba(206, 147, 216, 0.25); }
::highlight(footnote-active) { background-color: rgba(255, 152, 0, 0.75); color: #000; }
`;

export const MARK_CSS = `
footnote-mark.footnote-mark { all: unset; display: inline !important; }
footnote-mark.footnote-mark-figure { background-color: rgba(255, 213, 79, 0.45) !important; text-decoration: underline 2px rgba(176, 128, 0, 0.9) !important; }
footnote-mark.footnote-mark-date { background-color: rgba(129, 212, 250, 0.40) !important; }
footnote-mark.footnote-mark-quote { background-color: rgba(206, 147, 216, 0.25) !important; }
footnote-mark.footnote-mark-active { background-color: rgba(255, 152, 0, 0.75) !important; color: #000 !important; }
`;

export function installStyles(doc: Document, css: string, signal: AbortSignal): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    signal.addEventListener('abort', () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }, { once: true });
    return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-footnote', 'styles');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
}
