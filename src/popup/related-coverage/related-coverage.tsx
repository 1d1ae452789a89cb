import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FactSheet } from '../../core/types';
import type { RelatedItem, ServiceFailure } from '../../shared/messages';
import { buildQuery } from '../../background/related/query/build-query';
import { searchLinks } from '../../background/related/search-links';
import { mark, MARK_RELATED_DONE, MARK_RELATED_ITEMS } from '../timing';
import { useSteadyList } from './steady-list';
import { useRelated } from './use-related';

// Other outlets' reports of the same story, with the figures and dates they give set against
// this article's, shown as each news service answers; links to search the story elsewhere need
// no service at all.
// Headlines and snippets are rendered as text; only http(s) URLs become links.

export function RelatedCoverage({ sheet, tabId }: { sheet: FactSheet; tabId: number | null }) {
  const { state, retry, grant } = useRelated(sheet, tabId);
  const links = useMemo(() => searchLinks(buildQuery(sheet)), [sheet]);
  // "partial": some services answered and others are still working.
  const status = state.status === 'ready' && state.pending.length ? 'partial' : state.status;
  useEffect(() => {
    if (status === 'ready' || status === 'error') mark(MARK_RELATED_DONE);
  }, [status]);
  return (
    <section class="related" aria-label="Related coverage" data-testid="related-coverage" data-status={status}>
      <h2>Related coverage</h2>
      {state.status === 'loading' && <p role="status" data-testid="related-state">Looking for other reports of this story…</p>}
      {state.status === 'off' && <p data-testid="related-state">Related coverage is off in Footnote’s options.</p>}
      {state.status === 'needs-permission' && (
        <div data-testid="related-state">
          <p>Footnote can ask news services (GDELT, Google News, Bing News) for other reports of this story. It sends them a few words from this article’s headline and names, not its address.</p>
          <button type="button" data-testid="related-grant" onClick={() => grant(state.origins)}>Show related coverage</button>
        </div>
      )}
      {state.status === 'error' && <RelatedError message={state.message} retryAfterSeconds={state.retryAfterSeconds} retry={retry} />}
      {state.status === 'ready' && (state.items.length > 0
        ? <ItemList items={state.items} />
        : !state.pending.length && <p data-testid="related-state">No other reports of this story were found.</p>)}
      {(state.status === 'loading' || state.status === 'ready') && (
        <ServiceProgress pending={state.pending ?? []} failures={state.failures ?? []} retry={retry} />
      )}
      {links.length > 0 && (
        <p class="note search-links" data-testid="related-search">
          Search this story on{' '}
          {links.map((link, i) => (
            <>
              {i > 0 && (i === links.length - 1 ? ' or ' : ', ')}
              <a href={link.url} target="_blank" rel="noopener noreferrer">{link.label}</a>
            </>
          ))}
        </p>
      )}
    </section>
  );
}

const itemKey = (item: RelatedItem): string => item.url;

/** The reports, steady under the reader's pointer and focus while later answers come in. */
function ItemList({ items }: { items: RelatedItem[] }) {
  const { shown, watch } = useSteadyList(items, itemKey);
  useEffect(() => mark(MARK_RELATED_ITEMS), [shown]);
  return <ul {...watch}>{shown.map((item) => <Item key={item.url} item={item} />)}</ul>;
}

/**
 * Below the list, so that it never pushes the list down: which services are still working, and
 * which could not answer and why. Trying again waits until none is still working.
 */
function ServiceProgress({ pending, failures, retry }: { pending: string[]; failures: ServiceFailure[]; retry: () => void }) {
  return (
    <>
      {pending.length > 0 && (
        <p class="note" role="status" data-testid="related-pending">Still waiting for {listOf(pending)}…</p>
      )}
      {failures.length > 0 && (
        <p class="note" data-testid="related-failures">
          {failures.map((f) => `${f.service}: ${f.message}`).join(' ')}
          {pending.length === 0 && <>{' '}<button type="button" class="link" onClick={retry}>Try again</button></>}
        </p>
      )}
    </>
  );
}

/** "GDELT", "GDELT and Bing News", "GDELT, Google News and Bing News". */
function listOf(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

function Item({ item }: { item: RelatedItem }) {
  const href = httpUrl(item.url);
  return (
    <li data-testid="related-item">
      <span class="note">
        <span class="related-outlet">{item.outlet}</span>
        {item.published && <> · <time dateTime={item.published}>{formatDate(item.published)}</time></>}
      </span>
      {href
        ? <a class="main" href={href} target="_blank" rel="noopener noreferrer">{item.title}</a>
        : <span class="main">{item.title}</span>}
      {item.snippet && <span class="note related-snippet">{item.snippet}</span>}
      {item.comparisons.map((c) => (
        <span class={`note comparison comparison-${c.kind}`} data-testid="related-comparison">{c.note}</span>
      ))}
    </li>
  );
}

function RelatedError({ message, retryAfterSeconds, retry }: { message: string; retryAfterSeconds?: number; retry: () => void }) {
  const [wait, setWait] = useState(retryAfterSeconds ?? 0);
  useEffect(() => {
    if (wait <= 0) return undefined;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  return (
    <div role="alert" data-testid="related-state">
      <p>Other reports could not be fetched. {message}</p>
      <button type="button" onClick={retry} disabled={wait > 0}>{wait > 0 ? `Try again in ${wait} s` : 'Try again'}</button>
    </div>
  );
}

function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
