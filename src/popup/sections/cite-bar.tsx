import { useState } from 'preact/hooks';
import type { FactSheet } from '../../core/types';
import { copyText } from '../clipboard';
import { sheetAsJson, sheetAsMarkdown } from '../format/sheet-export';

// Cite and share: the fact sheet, with the article's URL and headline, on the clipboard.

export function CiteBar({ sheet }: { sheet: FactSheet }) {
  const [message, setMessage] = useState('');
  const copy = async (format: 'Markdown' | 'JSON'): Promise<void> => {
    try {
      await copyText(format === 'Markdown' ? sheetAsMarkdown(sheet) : sheetAsJson(sheet));
      setMessage(`Copied the fact sheet as ${format}.`);
    } catch {
      setMessage('The browser did not allow copying. Try again.');
    }
  };
  return (
    <section class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading">Cite and share</h2>
      <div class="cite-buttons">
        <button type="button" class="secondary" data-copy="markdown" onClick={() => void copy('Markdown')}>Copy as Markdown</button>
        <button type="button" class="secondary" data-copy="json" onClick={() => void copy('JSON')}>Copy as JSON</button>
      </div>
      <p class="confirmation" role="status" aria-live="polite">{message}</p>
    </section>
  );
}
