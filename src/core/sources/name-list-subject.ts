// "Tom Hale, Ellen Ward and Peter Kim said …", "Tom Hale, Ellen Ward, and Peter Kim wrote …": a list
// of three or more people's names before the verb is its subject, all of them. The subject reader
// splits the words before the verb at commas and reads the last piece, so it kept "Ellen Ward and
// Peter Kim" (the name reader goes through a bare "and") or, after a serial comma, "Peter Kim" alone,
// and the first names were lost. The list is read only where it opens the clause (its first item is
// the first piece) and every item reads whole as a person's name of two words or more or with a
// title: "Like Hale, Ward and Kim said", "In Dayton, Ohio, Ward and Kim said", "Ohio, Ward and Kim"
// are no lists of speakers. (A list of surnames alone, "Cruz, Rubio and Kasich said", is left: one
// capitalised word may as well be a place.)

import type { Subject } from './clause';
import { APPOSITION_WORDS } from './refiners/apposed-pair';
import { knownPlaceName } from './refiners/known-places';
import type { Span } from '../types';

/** The piece after a serial comma: "and Peter Kim". */
const AND_OPENING = /^\s*and\s+/;
/** "Ellen Ward and Peter Kim": the last two items joined without a comma. */
const AND_INSIDE = /\s+and\s+/;
/** "Mr. Effron": a surname after an honorific is a person's name. */
const HONORIFIC_OPENING = /^(?:Mr|Mrs|Ms|Dr)\.?\s/;
/** A title before a name in a list ("Sen. Hale", "Mayor Ann Roe"). */
const TITLE_ROLE = /^(?:Sens?|Reps?|Gov|Gen|Prof|Rev|Senators?|Representatives?|Governors?|Mayors?|President|Judges?|Justices?|Councillors?|Councilm[ae]n|Councilwom[ae]n)\.?$/;

/**
 * The list of names that `segments` (the words before the verb, split at commas) make from their
 * first piece to their last, read whole, or null. `read` is the subject reader's own piece reader.
 */
export function nameListSubject(masked: string, segments: readonly Span[], read: (seg: Span) => Subject | null): Subject | null {
  if (segments.length < 2) return null;
  const last = segments[segments.length - 1]!;
  const lastText = masked.slice(last.start, last.end);
  const serial = AND_OPENING.exec(lastText);
  // Three items at least: one piece or more before a joined pair ("A, B and C"), two or more before
  // the piece after a serial comma ("A, B, and C"; "A, and B" is no list).
  if (!serial && !AND_INSIDE.test(lastText)) return null;
  if (serial && segments.length < 3) return null;
  const items: Subject[] = [];
  for (const seg of segments.slice(0, -1)) {
    const item = read(seg);
    if (!item || !isWholePersonName(masked, seg, item)) return null;
    items.push(item);
  }
  const tail = read(serial ? { start: last.start + serial.index + serial[0].length, end: last.end } : last);
  if (!tail || !isWholePersonName(masked, serial ? { start: last.start + serial[0].length, end: last.end } : last, tail)) return null;
  if (!serial && !AND_INSIDE.test(tail.speaker.name ?? '')) return null;
  const names = items.map((i) => i.speaker.name!);
  const name = serial ? `${names.join(', ')} and ${tail.speaker.name}` : `${names.join(', ')}, ${tail.speaker.name}`;
  const first = items[0]!;
  return {
    speaker: { ...tail.speaker, text: masked.slice(first.speaker.start, tail.speaker.end), name, start: first.speaker.start, role: null, owner: null, affiliation: null },
    phraseStart: first.phraseStart,
  };
}

/**
 * The piece is a person's name and nothing else: read as a name of a person, from the piece's first
 * word to its last, of two words or more, or with a title ("Sen. Hale").
 */
function isWholePersonName(masked: string, seg: Span, item: Subject): boolean {
  const { speaker } = item;
  if (speaker.form !== 'name' || speaker.kind !== 'person' || !speaker.name || speaker.owner || speaker.affiliation) return false;
  const text = masked.slice(seg.start, seg.end).trim();
  if (masked.slice(speaker.start, speaker.end) !== text) return false;
  // ("Ann Roe, New York and Ohio": places the article names like people are no speakers.)
  if (speaker.name.split(AND_INSIDE).some((part) => knownPlaceName(masked, part))) return false;
  // ("Like Hale": a role read from words before the name must be a title, "Sen.", "Mayor".)
  if (speaker.role && !TITLE_ROLE.test(speaker.role)) return false;
  return /\s/.test(speaker.name) || !!speaker.role || HONORIFIC_OPENING.test(text);
}

/** After an inverted cue's first name: ", Ellen Ward and Peter Kim.", ", Ellen Ward, and Peter Kim", " and Ellen Ward" to the sentence's end. */
const LIST_TAIL = /^((?:,\s+[^,;:.!?\uE000]+?)*?),?\s+and\s+([^,;:!?\uE000]+?)\s*(?:[.!?]\s*)?$/u;

/**
 * "…, said Tom Hale, Ellen Ward and Peter Kim.", "…, said Tom Hale and Ellen Ward.": the first name
 * after an inverted cue, with the names the list after it joins to the sentence's end, or null. (The
 * inverted reader stops at a comma and at "and", and kept the first name alone.) `tail` is the text from the first name's end
 * to the sentence's end, at `tailStart`; `read` reads a phrase as a speaker.
 */
export function invertedNameList(masked: string, first: Subject, tail: string, tailStart: number, read: (start: number, end: number) => Subject | null): Subject | null {
  const m = LIST_TAIL.exec(tail);
  if (!m) return null;
  const pieces: Span[] = [];
  let at = tailStart;
  for (const part of m[1]!.split(',').slice(1)) {
    at += 1;
    pieces.push({ start: at, end: at + part.length });
    at += part.length;
  }
  const lastStart = tailStart + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
  pieces.push({ start: lastStart, end: lastStart + m[2]!.length });
  if (!isWholePersonName(masked, { start: first.speaker.start, end: first.speaker.end }, first)) return null;
  const items = [first];
  for (const piece of pieces) {
    const item = read(piece.start, piece.end);
    if (!item || !isWholePersonName(masked, piece, item)) return null;
    items.push(item);
  }
  const names = items.map((i) => i.speaker.name!);
  const name = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const end = items[items.length - 1]!.speaker.end;
  return {
    speaker: { ...first.speaker, text: masked.slice(first.speaker.start, end), name, end, role: null, owner: null, affiliation: null },
    phraseStart: first.phraseStart,
  };
}

/** A piece that describes the name before it: an age, or an article or possessive and its words ("a farmer from Dayton"). */
const APPOSITION_PIECE = new RegExp(String.raw`^\s*${APPOSITION_WORDS}\s*$`);

/**
 * "Mark Ruiz, a farmer from Dayton, and Anna Bell, a teacher in Akron, said …": two people, each
 * with an apposition, opening the clause, are its subject together (the reader read the last name
 * with its apposition and gave the statement to her alone). Only the four pieces, in that order.
 */
export function apposedPairSubject(masked: string, segments: readonly Span[], read: (seg: Span) => Subject | null): Subject | null {
  if (segments.length !== 4) return null;
  const [firstSeg, firstApposition, secondSeg, secondApposition] = segments as [Span, Span, Span, Span];
  const piece = (seg: Span) => masked.slice(seg.start, seg.end);
  if (!APPOSITION_PIECE.test(piece(firstApposition)) || !APPOSITION_PIECE.test(piece(secondApposition))) return null;
  if (/\band\b/.test(piece(firstApposition)) || /\band\b/.test(piece(secondApposition))) return null;
  const and = AND_OPENING.exec(piece(secondSeg));
  if (!and) return null;
  const secondNameSeg = { start: secondSeg.start + and[0].length, end: secondSeg.end };
  const first = read(firstSeg);
  const second = read(secondNameSeg);
  if (!first || !second || !isWholePersonName(masked, firstSeg, first) || !isWholePersonName(masked, secondNameSeg, second)) return null;
  return {
    speaker: { ...second.speaker, text: masked.slice(first.speaker.start, secondApposition.end).trim(), name: `${first.speaker.name} and ${second.speaker.name}`, start: first.speaker.start, role: null, owner: null, affiliation: null },
    phraseStart: first.phraseStart,
  };
}
