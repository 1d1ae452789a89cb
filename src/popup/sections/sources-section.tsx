import type { FactSheet, Quote } from '../../core/types';
import { quotesBySource, SOURCE_KIND_LABELS } from '../format/source-quotes';
import { ItemButton } from '../reveal';
import { Section } from './section';

// Who the article quotes or cites: people, organisations, documents, and anonymous sourcing
// flagged, each with its role, how many statements it makes, and its quotes.

const SHOWN_QUOTES = 2;

export function SourcesSection({ sheet }: { sheet: FactSheet }) {
  const { entries, unattributed } = quotesBySource(sheet.sources, sheet.quotes);
  const anonymous = entries.filter((entry) => entry.source.kind === 'anonymous').length;
  return (
    <Section id="sources" title="Sources" count={entries.length} empty="No named or anonymous sources found in this article.">
      {anonymous > 0 && (
        <p class="flag" role="note">
          ⚠ {anonymous === 1 ? 'One source is' : `${anonymous} sources are`} not named.
        </p>
      )}
      <ul class="sources">
        {entries.map(({ source, quotes }) => {
          const role = [source.role, source.affiliation && !source.role?.includes(source.affiliation) ? source.affiliation : null]
            .filter(Boolean).join(', ');
          return (
            <li key={source.id} class={`source source-${source.kind}`}>
              <ItemButton kind="source" id={source.id}>
                <span class="main">
                  <span class="name">{source.name}</span>
                  <span class={`tag kind kind-${source.kind}`}>{SOURCE_KIND_LABELS[source.kind]}</span>
                </span>
                {role && <span class="role">{role}</span>}
                <span class="note statements">{source.statements} statement{source.statements === 1 ? '' : 's'}</span>
              </ItemButton>
              {quotes.length > 0 && <QuoteList quotes={quotes} name={source.name} />}
            </li>
          );
        })}
      </ul>
      {unattributed.length > 0 && (
        <div class="unattributed">
          <h3>Not tied to a source</h3>
          <QuoteList quotes={unattributed} name="no source" />
        </div>
      )}
    </Section>
  );
}

function QuoteList({ quotes, name }: { quotes: Quote[]; name: string }) {
  const first = quotes.slice(0, SHOWN_QUOTES);
  const rest = quotes.slice(SHOWN_QUOTES);
  return (
    <>
      <ul class="quotes" aria-label={`Quotes from ${name}`}>
        {first.map((quote) => <QuoteItem key={quote.id} quote={quote} />)}
      </ul>
      {rest.length > 0 && (
        <details class="more-quotes">
          <summary>{rest.length} more quote{rest.length === 1 ? '' : 's'}</summary>
          <ul class="quotes" aria-label={`More quotes from ${name}`}>
            {rest.map((quote) => <QuoteItem key={quote.id} quote={quote} />)}
          </ul>
        </details>
      )}
    </>
  );
}

function QuoteItem({ quote }: { quote: Quote }) {
  return (
    <li>
      <ItemButton kind="quote" id={quote.id} class={quote.direct ? 'quote direct' : 'quote indirect'}>
        {quote.direct ? <q>{quote.text}</q> : <span><span class="tag">paraphrase</span> {quote.text}</span>}
      </ItemButton>
    </li>
  );
}
