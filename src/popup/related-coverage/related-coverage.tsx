import { useEffect, useMemo, useState } from 'preact/hooks';
import type { FactSheet } from '../../core/types';
import type { RelatedItem } from '../../shared/messages';
import { buildQuery } from '../../background/related/query/build-query';
import { searchLinks } from '../../background/related/search-links';
import { useRelated } from './use-related';

// Other outlets' reports of the same story, with the figures and dates they give set against
// this article's; links to search the story elsewhere need no service at all.
// Headlines and snippets are rendered as text; only http(s) URLs become links.

export function RelatedCoverage({ sheet, tabId }: { sheet: FactSheet; tabId: number | null }) {
  const { state, retry, grant } = useRelated(sheet, tabId);
  const links = useMemo(() => searchLinks(buildQuery(sheet)), [sheet]);
  return (
    <section class="related" aria-label="Related coverage" data-testid="related-coverage" data-status={state.status}>
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
      {state.status === 'ready' && (
        <>
          {state.items.length === 0
            ? <p data-testid="related-state">No other reports of this story were found.</p>
            : <ul>{state.items.map((item) => <Item key={item.url} item={item} />)}</ul>}
          {state.failures.length > 0 && (
            <p class="note" data-testid="related-failures">
              {state.failures.map((f) => `${f.service}: ${f.message}`).join(' ')}{' '}
              <button type="button" class="link" onClick={retry}>Try again</button>
            </p>
          )}
        </>
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
