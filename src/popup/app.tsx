import { FactPanel } from './fact-panel';
import { StateMessage } from './states';
import { useSheet } from './use-sheet';

// The toolbar popup: the active tab's fact panel, or why there is none.

export function App() {
  const { state, tabId, reload } = useSheet();
  switch (state.status) {
    case 'analysing':
      return <StateMessage state="analysing" role="status" busy title="Reading this page…" detail="Finding its figures, dates and sources." />;
    case 'unsupported':
      return <StateMessage state="unsupported" title="Footnote can’t run on this page" detail={state.reason} />;
    case 'not-article':
      return (
        <StateMessage state="not-article" title="This doesn’t look like a news article" detail={state.meta.title}>
          <p class="hint">Footnote reads news articles. If this is one, it can read it anyway.</p>
          <button type="button" onClick={() => reload(true)}>Analyse anyway</button>
        </StateMessage>
      );
    case 'error':
      return (
        <StateMessage state="error" role="alert" title="Something went wrong" detail={state.message}>
          <button type="button" onClick={() => reload()}>Try again</button>
        </StateMessage>
      );
    case 'ready':
      return <FactPanel sheet={state.sheet} tabId={tabId} />;
  }
}
