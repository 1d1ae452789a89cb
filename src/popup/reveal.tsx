import { createContext, type ComponentChildren } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import type { ItemKind } from '../shared/messages';

// Every item in the panel leads back to the article: activating it asks the tab, through the
// background, to scroll to the item, flash it and open its card.

export type Reveal = (kind: ItemKind, id: string) => void;

export const RevealContext = createContext<Reveal>(() => undefined);

/** The id of the hidden hint every item points to with aria-describedby. */
export const REVEAL_HINT_ID = 'reveal-hint';

/**
 * One item of the panel as a button. `mentions` are every place the same item is told again:
 * each activation reveals the next one.
 */
export function ItemButton(props: {
  kind: ItemKind; id: string; mentions?: string[]; class?: string; children: ComponentChildren; label?: string; title?: string;
}) {
  const reveal = useContext(RevealContext);
  const turn = useRef(0);
  const activate = (): void => {
    const ids = props.mentions?.length ? props.mentions : [props.id];
    reveal(props.kind, ids[turn.current++ % ids.length]!);
  };
  return (
    <button
      type="button"
      class={`item ${props.class ?? ''}`.trim()}
      data-reveal={props.kind}
      data-id={props.id}
      aria-label={props.label}
      title={props.title}
      aria-describedby={REVEAL_HINT_ID}
      onClick={activate}
    >
      {props.children}
    </button>
  );
}

/** Arrow keys move between the panel's items; Home and End go to the first and last. */
export function onItemKeyDown(event: KeyboardEvent): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const target = event.target as HTMLElement | null;
  if (!target?.matches?.('[data-reveal]')) return;
  const root = event.currentTarget as HTMLElement;
  // Items folded away in a closed <details> cannot take focus: skip them.
  const items = [...root.querySelectorAll<HTMLElement>('[data-reveal]')].filter((item) => !item.closest('details:not([open])'));
  const index = items.indexOf(target);
  const next = event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1
    : event.key === 'ArrowDown' ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
  items[next]?.focus();
  event.preventDefault();
}
