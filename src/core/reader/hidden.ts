// What a reader does not see: elements hidden by an attribute, an inline style or a utility class.

/**
 * Utility classes that hide an element from sight: what a reader sees leaves them out. ("off-screen":
 * a caption's "Media caption" label for screen readers, which else runs into the caption's first word.)
 */
export const HIDDEN_CLASSES = new Set(['hidden', 'is-hidden', 'u-hidden', 'visually-hidden', 'visuallyhidden', 'sr-only', 'screen-reader-text', 'screen-reader-only', 'screenreader-only', 'd-none', 'hide', 'off-screen', 'offscreen']);

/** Hidden by the `hidden` attribute, `aria-hidden` or an inline `display: none`. */
export function isHidden(element: Element): boolean {
  if (!element.hasAttributes?.()) return false;
  if (element.hasAttribute?.('hidden')) return true;
  if (element.getAttribute?.('aria-hidden') === 'true') return true;
  const style = element.getAttribute?.('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Hidden as above, or by one of the utility classes. */
export function isOutOfSight(element: Element): boolean {
  if (isHidden(element)) return true;
  const names = element.getAttribute('class');
  return !!names && names.length < 600 && names.split(/\s+/).some((token) => HIDDEN_CLASSES.has(token.toLowerCase()));
}
