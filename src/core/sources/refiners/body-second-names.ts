// "USSF" beside "U.S. Soccer Federation", "CDC" beside "U.S. Centers for Disease Control and
// Prevention", "Department of Natural Resources" beside "Indiana Department of Natural Resources",
// "Civil Aviation Authority" beside "Civil Aviation Authority of Nepal": an article names a body in
// full once and by a shorter form after, and the sheet listed both. Alias merging (alias-merge.ts)
// reads an acronym from the capitals of a name's words, so it missed an acronym that spells a
// dotted abbreviation out ("U.S." is "US") or leaves out a place before the name or an "and …"
// after it; and a name's shorter form of several words was never compared. Asked once the speakers
// are settled, as the sheet's list only: a body's name that is one such shorter form of exactly one
// other body's name is that body.

import type { Entity } from '../model';
import { merge } from './alias-merge';
import { acronymOf, isAcronym } from './names';

/** A place's abbreviation that may open a body's name and stay out of its acronym: "U.S.", "UK", "N.Y.". */
const PLACE_ABBREVIATION = /^(?:\p{Lu}\.){2,}$|^(?:US|UK|EU|UN)$/u;
/** A shorter form of several words must hold this many, so that it is a name and not a common noun phrase. */
const MIN_WORDS = 3;
const CAPITALISED = /^\p{Lu}/u;

export function mergeBodySecondNames(entities: Entity[]): void {
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || e.kind !== 'organization' || !e.names.length) return;
    const fuller = entities.flatMap((f, k) => (k !== i && f.mergedInto === undefined && f.kind === 'organization'
      && f.names.some((full) => e.names.some((short) => isShorterForm(short, full))) ? [k] : []));
    if (fuller.length === 1) merge(entities, i, fuller[0]!);
  });
}

/** Whether `short` is an acronym or a shorter form of the body's name `full`. */
export function isShorterForm(short: string, full: string): boolean {
  if (isAcronym(short)) return short.replace(/\./g, '').length >= 3 && acronymsOf(full).includes(short.replace(/\./g, ''));
  const s = short.split(/\s+/);
  const f = full.split(/\s+/);
  if (s.length < MIN_WORDS || s.length >= f.length) return false;
  // ("Indiana Department of Natural Resources": a place's capitalised words before the name.)
  if (f.slice(-s.length).join(' ') === short && f.slice(0, f.length - s.length).every((w) => CAPITALISED.test(w))) return true;
  // ("Civil Aviation Authority of Nepal": a place after "of", "in" or "for".)
  const rest = f.slice(s.length);
  return f.slice(0, s.length).join(' ') === short && /^(?:of|in|for)$/.test(rest[0]!) && rest.length > 1 && rest.slice(1).every((w) => CAPITALISED.test(w));
}

/**
 * The acronyms a body's name may go by: its words' capitals with a dotted abbreviation spelled
 * out ("U.S. Soccer Federation" → "USSF"), without an opening place's abbreviation, and without
 * what follows its first "and" ("Centers for Disease Control and Prevention" → "CDC").
 */
function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const forms = new Set<string>();
  const withoutPlace = words.length > 2 && PLACE_ABBREVIATION.test(words[0]!) ? words.slice(1) : words;
  for (const ws of [words, withoutPlace]) {
    forms.add(acronymOf(ws.join(' '), true));
    const and = ws.indexOf('and');
    if (and >= 2) forms.add(acronymOf(ws.slice(0, and).join(' '), true));
  }
  return [...forms].filter((f) => f.length >= 3);
}
