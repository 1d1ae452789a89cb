// The card's styles live in its shadow root, where the page's selectors cannot reach; the host
// itself (in the page's DOM) is reset with `all: initial` by inline !important declarations,
// which beat any !important rule of the page's stylesheets.

/** The host's own box, resolved from custom properties (which `all` never resets). */
const HOST_DECLARATIONS = [
  'position: fixed', 'z-index: 2147483647', 'display: var(--footnote-display, none)', 'margin: 0', 'padding: 0', 'border: 0',
  'inset: auto', 'left: var(--footnote-left, 0px)', 'top: var(--footnote-top, 0px)', 'width: 360px',
  'max-width: calc(100vw - 16px)', 'height: auto', 'overflow: visible', 'background: transparent', 'pointer-events: auto',
  'visibility: var(--footnote-visibility, visible)', 'opacity: 1', 'transform: none', 'filter: none', 'clip-path: none',
].map((declaration) => `${declaration} !important`).join('; ');

/**
 * The host's inline style: its position as custom properties, and the same box declarations.
 * Engines disagree on whether an inline !important beats the shadow root's `:host` !important;
 * both say the same thing, so either order gives the same card.
 */
export function hostStyle(place: { display: 'block' | 'none'; left?: number; top?: number; hidden?: boolean }): string {
  const custom = [
    `--footnote-display: ${place.display}`, `--footnote-left: ${Math.round(place.left ?? 0)}px`,
    `--footnote-top: ${Math.round(place.top ?? 0)}px`, `--footnote-visibility: ${place.hidden ? 'hidden' : 'visible'}`,
  ].map((declaration) => `${declaration} !important`).join('; ');
  return `${custom}; ${HOST_DECLARATIONS}`;
}

export const CARD_CSS = `
:host { all: initial !important; ${HOST_DECLARATIONS}; }
* { box-sizing: border-box; }
.card {
  display: block; margin: 0; padding: 12px 14px 0; width: 100%; overflow: auto; overscroll-behavior: contain;
  scrollbar-width: thin; scrollbar-color: #c9b26a transparent;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f; text-align: left;
  background: #fffdf7; border: 1px solid #d9c27a; border-radius: 8px; box-shadow: 0 6px 24px rgba(0, 0, 0, .18);
}
.card:focus { outline: 2px solid #b08000; outline-offset: 1px; }
.brand { display: block; margin: 0 0 4px; font-size: 11px; letter-spacing: .04em; text-transform: uppercase; color: #7a6420; }
h2 { display: block; margin: 0 0 8px; font-size: 17px; font-weight: 700; line-height: 1.3; color: #111; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 0 0 8px; }
dt { display: block; color: #6b6b6b; }
dd { display: block; margin: 0; font-weight: 600; }
p { display: block; margin: 0 0 8px; }
.sentence { color: #333; font-style: italic; }
.attribution { color: #38424f; }
ul { display: block; margin: 0 0 8px; padding: 0 0 0 18px; }
li { display: list-item; margin: 0 0 4px; }
li.mismatch { color: #a3271d; }
/* The foot holds the panel's button; sticky, so that it stays in view when the card scrolls. */
.actions {
  display: flex; align-items: center; justify-content: space-between; gap: 10px; position: sticky; bottom: 0;
  margin: 0; padding: 6px 0 12px; background: #fffdf7;
}
.more-below .actions { box-shadow: 0 -10px 8px -8px rgba(0, 0, 0, .25); }
.more-below .actions::after { content: "Scroll for more ↓"; display: block; font-size: 12px; color: #7a6420; }
button {
  display: inline-block; margin: 0; padding: 4px 10px; font: inherit; font-size: 13px; cursor: pointer;
  color: #fff; background: #7a5a00; border: 0; border-radius: 4px;
}
button:focus-visible { outline: 2px solid #111; outline-offset: 2px; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
