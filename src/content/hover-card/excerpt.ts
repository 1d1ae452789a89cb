// The card shows the sentence around an item, not the whole sentence: the reader has the whole
// of it on the page beside the card, and a long sentence would push the card's cross-checks out
// of view. The cut keeps the item and the words next to it, at word boundaries, marked with "…".

const ELLIPSIS = '…';

/** `sentence` cut to about `max` characters around `phrase` (its first occurrence). */
export function excerptAround(sentence: string, phrase: string, max = 180): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const at = text.indexOf(phrase.replace(/\s+/g, ' ').trim());
  if (at < 0) return cutEnd(text, max);
  const room = Math.max(0, max - phrase.length);
  // Less before the item than after it: what it counts and who said it tend to follow it.
  let start = Math.max(0, at - Math.floor(room * 0.4));
  let end = Math.min(text.length, start + max);
  start = Math.max(0, end - max);
  const phraseEnd = at + phrase.trim().length;
  if (start > 0) start = Math.min(nextWordStart(text, start), at);
  if (end < text.length) end = Math.max(previousWordEnd(text, end), phraseEnd);
  return `${start > 0 ? ELLIPSIS : ''}${text.slice(start, end)}${end < text.length ? ELLIPSIS : ''}`;
}

function cutEnd(text: string, max: number): string {
  return `${text.slice(0, previousWordEnd(text, max))}${ELLIPSIS}`;
}

function nextWordStart(text: string, index: number): number {
  const space = text.indexOf(' ', index);
  return space < 0 ? index : space + 1;
}

function previousWordEnd(text: string, index: number): number {
  const space = text.lastIndexOf(' ', index);
  return space <= 0 ? index : space;
}
