// Numbers inside names and identifiers are not amounts: "COVID-19", "F-16", "G7", "5G",
// "Boeing 737", "Section 230", "Flight 370", "1-3.jpg", "example.com/2", "v2", "@user123".

import type { FigureScan, Quantity } from '../model';
import { isSpace } from '../lexer';
import { isPunct, tokenAt } from '../token-utils';
import { isPlural } from './noun-phrase';

// A number after one of these names a thing ("Section 230", "Route 66", "page 5").
const NAME_KEYWORDS = new Set(['sections', 'articles', 'chapters', 'routes', 'flights', 'rooms', 'episodes', 'seasons', 'amendments', 'section', 'article', 'chapter', 'page', 'route', 'highway', 'interstate', 'flight', 'room', 'suite',
  'apartment', 'apt', 'unit', 'version', 'episode', 'season', 'round', 'phase', 'level', 'grade', 'title', 'proposition', 'prop',
  'resolution', 'amendment', 'vol', 'volume', 'issue', 'part', 'act', 'rule', 'clause', 'paragraph', 'item', 'line', 'platform',
  'gate', 'exit', 'bus', 'channel', 'district', 'ward', 'precinct', 'box', 'pier', 'terminal', 'block', 'lot', 'bay', 'stage', 'figure',
  'table', 'appendix', 'model', 'mark', 'type', 'class', 'category', 'code', 'id', 'code', 'tier', 'zone', 'sector', 'division', 'league',
  'world', 'war', 'formula', 'covid', 'windows', 'iphone', 'ios', 'android', 'boeing', 'airbus', 'apollo', 'game', 'match', 'bill', 'order', 'decree',
  'cop', 'ps', 'xbox', 'day', 'week', 'gen', 'generation', 'pixel', 'galaxy', 'verse', 'psalm', 'genesis', 'exodus', 'hb', 'sb', 'hr', 's', 'h', 'ab']);
// Capitalised words that commonly stand before a real amount: "About 200", "Some 3,000", "Only 12".
const AMOUNT_OPENERS = new Set(['about', 'around', 'nearly', 'almost', 'some', 'only', 'just', 'over', 'more', 'fewer', 'less', 'up', 'at',
  'all', 'the', 'of', 'roughly', 'approximately', 'exactly', 'by', 'with', 'to', 'in', 'on', 'for', 'than', 'another', 'and', 'but', 'or',
  'those', 'these', 'while', 'when', 'after', 'before', 'since', 'once', 'as', 'if', 'an', 'a', 'nearly', 'another', 'still', 'even',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'also', 'then', 'now',
  'last', 'this', 'that', 'estimates', 'police', 'officials', 'authorities', 'we', 'they', 'he', 'she', 'it', 'i', 'you', 'there', 'here']);
const MAX_CHUNK = 80;
// Prefixes hyphenated to an amount: "sub-7 nanometre", "mid-30s", "over-50s", "near-2%".
const PREFIXES = new Set(['sub', 'mid', 'over', 'under', 'near', 'about', 'around', 'pre', 'post', 'above', 'below', 'low', 'high', 'upper', 'lower', 'minus', 'negative']);

export function dropIdentifiers(scan: FigureScan, quantities: Quantity[], isSentenceStart: (token: number) => boolean, isTitleCase: (token: number) => boolean): Quantity[] {
  const { tokens, text } = scan;
  // Token index where the last number dropped as a name ended, to follow lists ("Sections 21, 24 and 26").
  let lastNameEnd = -10;
  const dropName = (q: Quantity): false => {
    lastNameEnd = q.atoms[q.atoms.length - 1]!.last;
    return false;
  };
  // Token indices that ended a number dropped here, and the bare numbers that named something.
  const droppedEnds = new Set<number>();
  const nameNumbers = new Set<string>();
  const kept = quantities.filter((q) => {
    const keep = keepQuantity(q);
    if (!keep) {
      for (const atom of q.atoms) {
        droppedEnds.add(atom.last);
        const printed = tokens[atom.first]!.text;
        if (atom.bare && atom.form === 'digits' && printed.length >= 3) nameNumbers.add(printed);
      }
    }
    return keep;
  });
  // "Boeing's 787 … the 787 program": a number that names a thing names it all through the page.
  if (nameNumbers.size === 0) return kept;
  return kept.filter((q) => !(q.atoms.length === 1 && q.atoms[0]!.bare && q.atoms[0]!.form === 'digits' && (q.kind === 'number' || q.kind === 'count')
    && nameNumbers.has(tokens[q.atoms[0]!.first]!.text) && !plainCount(q)));

  /** "300 people" stays a count even on a page that names a "Route 300". */
  function plainCount(q: Quantity): boolean {
    return q.kind === 'count' && q.unit !== null && /^\p{Ll}/u.test(q.counts ?? '') && isPlural(q.unit) && !/^\p{Lu}/u.test(tokenAt(tokens, q.atoms[0]!.last + 1)?.text ?? '');
  }

  function keepQuantity(q: Quantity): boolean {
    const head = q.atoms[0]!;
    // "Sections 21, 24, and 26": the list goes on naming things.
    if (head.form === 'digits' && (q.kind === 'number' || q.kind === 'count') && /^\d+$/.test(tokens[head.first]!.text)) {
      let j = head.first - 1;
      let steps = 0;
      while (j >= 0 && j > lastNameEnd && steps < 3 && (isPunct(tokens[j], ',') || tokens[j]!.lower === 'and' || tokens[j]!.lower === 'or')) { j--; steps++; }
      if (steps > 0 && j === lastNameEnd) return dropName(q);
    }
    // "ISO 3888-2", "787-9": a part number glued to a number that names a thing.
    const dash = tokenAt(tokens, head.first - 1);
    if (isPunct(dash, '-', '–') && dash!.gap === 0 && tokens[head.first]!.gap === 0 && droppedEnds.has(head.first - 2)) return false;
    // "ID.3", "GPT.4": capitals glued to a number by a full stop.
    if (isPunct(dash, '.') && dash!.gap === 0 && tokens[head.first]!.gap === 0 && /^\p{Lu}{1,4}$/u.test(tokenAt(tokens, head.first - 2)?.text ?? '')) return false;
    // "Dak Prescott (4) celebrates": a shirt or list number in brackets after a name.
    if (head.form === 'digits' && head.bare && q.kind === 'number' && q.atoms.length === 1 && isPunct(dash, '(') && isPunct(tokenAt(tokens, head.last + 1), ')')
      && /^\p{Lu}/u.test(tokenAt(tokens, head.first - 2)?.text ?? '') && tokenAt(tokens, head.first - 2)?.type === 'word') return false;
    // "2." or "3)" opening a block: list or subhead numbering.
    if ((head.first === 0 || tokens[head.first]!.gap === 2) && head.bare && q.kind === 'number' && q.atoms.length === 1) {
      const mark = tokenAt(tokens, head.last + 1);
      const after = tokenAt(tokens, head.last + 2);
      if (isPunct(mark, '.', ')') && mark!.gap === 0 && (!after || after.gap >= 1)) return false;
    }
    // "Section 14(1)": a subsection glued to a number.
    if (isPunct(tokenAt(tokens, head.first - 1), '(') && tokens[head.first - 1]!.gap === 0 && tokenAt(tokens, head.first - 2)?.type === 'num') return false;
    for (const atom of q.atoms) {
      if (atom.form === 'multiplier') continue;
      const first = tokens[atom.first]!;
      const prev = tokenAt(tokens, atom.first - 1);
      const next = tokenAt(tokens, atom.last + 1);
      // Letters glued on the left ("G7", "MH370") or joined by a hyphen ("COVID-19", "F-16").
      // ("EUR50m", "USD1,700", "RM23.50" are money: the currency took the letters.)
      if (prev && prev.type === 'word' && first.gap === 0 && atom.form === 'digits' && q.kind !== 'money') return false;
      if (isPunct(prev, '-', '–') && first.gap === 0 && prev!.gap === 0 && tokenAt(tokens, atom.first - 2)?.type === 'word' && !PREFIXES.has(tokens[atom.first - 2]!.lower)) return false;
      // Letters glued on the right that no unit took ("5G", "4K", "3D", "737MAX").
      if (next && next.type === 'word' && next.gap === 0 && q.last === atom.last && atom.form === 'digits') return false;
      if (chunkIsIdentifier(text, first.start, tokens[atom.last]!.end, q.kind === 'number' || q.kind === 'count')) return false;
    }
    const atom = q.atoms[0]!;
    // "day two of the trial", "Article Five"
    if (atom.form === 'words' && (q.kind === 'number' || q.kind === 'count') && !q.range) {
      const before = tokenAt(tokens, atom.first - 1);
      if (before && before.type === 'word' && NAME_KEYWORDS.has(before.lower) && before.lower !== 'world' && tokens[atom.first]!.gap === 1) return false;
      // "the Three Amigos", "the Big Three": a capitalised number word inside a name, mid-sentence.
      const word = tokens[atom.first]!;
      const after = tokenAt(tokens, atom.last + 1);
      if (/^\p{Lu}/u.test(word.text) && !isSentenceStart(atom.first) && !isTitleCase(atom.first)) {
        if (after?.type === 'word' && after.gap === 1 && /^\p{Lu}/u.test(after.text)) return false;
        if (before?.type === 'word' && /^\p{Lu}/u.test(before.text) && !AMOUNT_OPENERS.has(before.lower) && !isSentenceStart(atom.first - 1)) return false;
      }
    }
    // "Trump 2.0", "Industry 4.0": a version after a name.
    const versionPrev = tokenAt(tokens, atom.first - 1);
    if (atom.form === 'digits' && /^\d+\.0$/.test(tokens[atom.first]!.text) && versionPrev?.type === 'word' && /^\p{Lu}/u.test(versionPrev.text) && !AMOUNT_OPENERS.has(versionPrev.lower) && q.kind === 'number') return false;
    if (atom.form !== 'digits' || q.kind === 'money' || q.kind === 'percent' || q.kind === 'percentage-points' || q.kind === 'measure' || q.kind === 'age' || q.kind === 'duration') return true;
    // "2 Phil Foden and …": a gallery counter or list number opening a caption or block.
    const opener = tokens[atom.first]!;
    const after = tokenAt(tokens, q.last + 1);
    if ((atom.first === 0 || opener.gap === 2) && q.kind === 'number' && atom.bare && after?.type === 'word' && /^\p{Lu}/u.test(after.text)) return false;
    const prev = tokenAt(tokens, atom.first - 1);
    if (!prev || prev.type !== 'word' || tokens[atom.first]!.gap !== 1) return true;
    if (NAME_KEYWORDS.has(prev.lower) && /^\d+[a-z]?$/i.test(tokens[atom.first]!.text) && !q.range) return dropName(q);
    // "Boeing 737", "Apollo 11": a capitalised word (not the sentence's first, not a headline in
    // title case) right before a whole number with no separators.
    if (atom.bare && /^\p{Lu}/u.test(prev.text) && !AMOUNT_OPENERS.has(prev.lower) && !isSentenceStart(atom.first - 1) && !isTitleCase(atom.first)) return false;
    return true;
  }
}

/** The run of non-space characters around a number: a file name, a URL, an address or a handle. */
function chunkIsIdentifier(text: string, start: number, end: number, slashMatters: boolean): boolean {
  let left = start;
  while (left > 0 && start - left < MAX_CHUNK && !isSpace(text.charCodeAt(left - 1))) left--;
  let right = end;
  while (right < text.length && right - end < MAX_CHUNK && !isSpace(text.charCodeAt(right))) right++;
  if (right - left === end - start) return false; // the number stands alone: the common case
  const chunk = text.slice(left, right).replace(/[),;:!?"'”’]+$/, '').replace(/\.$/, '');
  if (/[@_=\\]|https?:|www\./i.test(chunk)) return true;
  if (chunk.includes('.') && /\.[a-z]{2,4}$/i.test(chunk) && /\d/.test(chunk)) return true; // 1-3.jpg, report2024.pdf
  // Paths and handles; a rate with a unit ("100km/h", "$5/month") is still an amount.
  if (slashMatters && chunk.includes('/') && /\/\p{L}|\p{L}\//u.test(chunk)) return true;
  return false;
}
