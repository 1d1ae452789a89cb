import type { FactSheet } from '../core/types';
import { useSheet } from './use-sheet';

// The fact panel: the active tab's article at a glance.

export function App() {
  const { state, reload } = useSheet();
  switch (state.status) {
    case 'analysing':
      return <Message role="status" title="Analysing this page…" />;
    case 'unsupported':
      return <Message title="Footnote can’t run here" detail={state.reason} />;
    case 'not-article':
      return (
        <Message title="This doesn’t look like a news article" detail={state.meta.title ?? undefined}>
          <button type="button" onClick={() => reload(true)}>Analyse anyway</button>
        </Message>
      );
    case 'error':
      return (
        <Message role="alert" title="Something went wrong" detail={state.message}>
          <button type="button" onClick={() => reload()}>Try again</button>
        </Message>
      );
    case 'ready':
      return <FactPanel sheet={state.sheet} />;
  }
}

function Message(props: { title: string; detail?: string; role?: 'status' | 'alert'; children?: preact.ComponentChildren }) {
  return (
    <main class="state" data-state>
      <div role={props.role}>
        <h1>{props.title}</h1>
        {props.detail && <p>{props.detail}</p>}
        {props.children}
      </div>
    </main>
  );
}

function FactPanel({ sheet }: { sheet: FactSheet }) {
  const { meta } = sheet;
  return (
    <main class="panel" data-testid="fact-panel">
      <header>
        <p class="outlet">{meta.publishers.join(' · ') || meta.publisher}</p>
        <h1 class="headline">{meta.title}</h1>
        <p class="byline">
          {meta.authors.length > 0 && <span class="authors">By {meta.authors.join(', ')}</span>}
          {meta.published && <time dateTime={meta.published}>{formatDate(meta.published)}</time>}
        </p>
      </header>
      <Section title="Figures" items={sheet.figures.map((f) => ({ id: f.id, main: f.text, note: f.counts ?? '' }))} />
      <Section title="Dates" items={sheet.dates.map((d) => ({ id: d.id, main: d.value, note: d.text }))} />
      <Section title="Sources" items={sheet.sources.map((s) => ({ id: s.id, main: s.name, note: s.role ?? s.kind }))} />
    </main>
  );
}

function Section({ title, items }: { title: string; items: { id: string; main: string; note: string }[] }) {
  if (!items.length) return null;
  return (
    <section aria-label={title}>
      <h2>{title} <span class="count">{items.length}</span></h2>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-id={item.id}>
            <span class="main">{item.main}</span>
            {item.note && <span class="note">{item.note}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}
