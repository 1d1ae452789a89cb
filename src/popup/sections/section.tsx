import type { ComponentChildren } from 'preact';

// One titled section of the panel; an empty one says so in a line instead of leaving a gap.

export function Section(props: { id: string; title: string; count: number; empty: string; children: ComponentChildren }) {
  const headingId = `${props.id}-heading`;
  return (
    <section id={props.id} class={`section section-${props.id}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.title} <span class="count">{props.count}</span>
      </h2>
      {props.count === 0 ? <p class="empty">{props.empty}</p> : props.children}
    </section>
  );
}
