import type { FactSheet, Quote } from '../../core/types';
import { countLabel, isPosition, positionVerb, quotesBySource, SOURCE_KIND_LABELS } from '../format/source-quotes';
import { ItemButton } from '../reveal';
import { Section } from './section';

// Who the article quotes or cites: people, organisations, documents, and anonymous sourcing
// flagged, each with its role, how many statements it makes and positions it holds, and its
// quotes: what it said, then apart, what it believes, wants or criticised (its positions).

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
        {entries.map(({ source, statements, positions }) => {
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
                <span class="note statements">{countLabel(source.statements, source.positions ?? positions.length)}</span>
              </ItemButton>
              {statements.length > 0 && <QuoteList quotes={statements} name={source.name} />}
              {positions.length > 0 && <QuoteList quotes={positions} name={source.name} positions />}
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

function QuoteList({ quotes, name, positions = false }: { quotes: Quote[]; name: string; positions?: boolean }) {
  const first = quotes.slice(0, SHOWN_QUOTES);
  const rest = quotes.slice(SHOWN_QUOTES);
  const what = positions ? 'position' : 'quote';
  return (
    <>
      <ul class={positions ? 'quotes positions' : 'quotes'} aria-label={`${positions ? 'Positions of' : 'Quotes from'} ${name}`}>
        {first.map((quote) => <QuoteItem key={quote.id} quote={quote} />)}
      </ul>
      {rest.length > 0 && (
        <details class="more-quotes">
          <summary>{rest.length} more {what}{rest.length === 1 ? '' : 's'}</summary>
          <ul class={positions ? 'quotes positions' : 'quotes'} aria-label={`More ${what}s ${positions ? 'of' : 'from'} ${name}`}>
            {rest.map((quote) => <QuoteItem key={quote.id} quote={quote} />)}
          </ul>
        </details>
      )}
    </>
  );
}

function QuoteItem({ quote }: { quote: Quote }) {
  if (isPosition(quote)) {
    // A position is tagged with its own verb ("believes", "criticized"), never "said".
    return (
      <li>
        <ItemButton kind="quote" id={quote.id} class="quote position">
          <span><span class="tag position-verb">{positionVerb(quote)}</span> {quote.text}</span>
        </ItemButton>
      </li>
    );
  }
  return (
    <li>
      <ItemButton kind="quote" id={quote.id} class={quote.direct ? 'quote direct' : 'quote indirect'}>
        {quote.direct ? <q>{quote.text}</q> : <span><span class="tag">paraphrase</span> {quote.text}</span>}
      </ItemButton>
    </li>
  );
}
