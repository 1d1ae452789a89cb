import type { ComponentChildren } from 'preact';

// The panel's other states: analysing, not an article, a page extensions cannot read, an error.

export function StateMessage(props: {
  state: string; title: string; detail?: string | null; role?: 'status' | 'alert'; busy?: boolean; children?: ComponentChildren;
}) {
  return (
    // `data-state` marks a settled state; the waiting state is `data-pending`, so that tests
    // (and anything else) waiting for the panel's answer are not satisfied by the wait itself.
    <main class={`state state-${props.state}`} {...(props.busy ? { 'data-pending': props.state } : { 'data-state': props.state })}>
      <div role={props.role} aria-busy={props.busy ? 'true' : undefined}>
        {props.busy && <span class="spinner" aria-hidden="true" />}
        <h1>{props.title}</h1>
        {props.detail && <p class="detail">{props.detail}</p>}
        {props.children}
      </div>
    </main>
  );
}
