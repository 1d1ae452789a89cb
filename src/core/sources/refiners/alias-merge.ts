// Merges entities the article names in different ways once every speaker is known:
// a lede's "a US expert said" with the expert the next paragraph names and introduces;
// "Ruritanian intelligence" with the "Central Intelligence Bureau" named later;
// a surname or acronym met before the full name.

import type { Attribution, Entity } from '../model';
import { acronymOf, isAcronym, normName, sameKey, stemOfHead as stem } from './names';
import { NameIndex } from './name-index';

/** Paragraphs after a lede's description within which its named speaker must appear. */
const LEDE_REACH = 2;
/** Two people named together, "Xi and Mr. Obama": no one person's name. */
export const PAIR = /\s(?:and|&)\s/;

export function mergeAliases(entities: Entity[], attributions: readonly Attribution[], firstFullNames: ReadonlyMap<string, string> = new Map()): void {
  const firstAt = firstAttribution(entities, attributions);
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined) return;
    if (e.pendingDescriptor) mergeDescriptorForward(entities, i, firstAt);
    else if (!e.names.length && e.kind === 'organization') mergeOrgDescription(entities, i);
  });
  // Names met in the other order: "Marsh" before "Lena Marsh", "CIB" before the full name.
  // Keys and acronyms are computed once per entity, and each entity is compared only with those
  // the name index gives for its names, not with every other one.
  const keys = entities.map((e) => e.names.map(normName));
  const acronyms = entities.map((e) => e.names.map((n) => (isAcronym(n) ? '' : acronymOf(n))));
  const shortNames = entities.map((e) => e.names.filter(isAcronym).map((n) => n.replace(/\./g, '')));
  const index = NameIndex.over(entities, normName);
  entities.forEach((e, i) => {
    if (e.mergedInto !== undefined || !e.names.length) return;
    const near = [...new Set(e.names.flatMap((n) => index.candidates(n)))].sort((a, b) => a - b);
    const j = near.find((k) => k !== i && entities[k]!.mergedInto === undefined && (
      // (A pair, "Xi and Mr. Obama", is no fuller name of "Obama".)
      (e.kind === 'person' && entities[k]!.kind === 'person' && keys[k]!.some((n) => !PAIR.test(n) && keys[i]!.some((m) => n.length > m.length && sameKey(n, m)))
        && !otherFullName(keys[i]!, keys[k]!) && !otherFirstFullName(e.names, keys[k]!, firstFullNames))
      || shortNames[i]!.some((m) => acronyms[k]!.includes(m))));
    if (j === undefined) return;
    merge(entities, i, j);
    index.addEntity(j, entities[j]!);
  });
}

/** "Donald Trump" (and his "Trump") is not "Melania Trump": two full names of one surname that are two people. */
function otherFullName(a: readonly string[], b: readonly string[]): boolean {
  const full = (n: string) => n.includes(' ') && !PAIR.test(n);
  return a.some((m) => full(m) && b.some((n) => full(n) && !sameKey(n, m)));
}

/**
 * "Mr Weinstein" is not "Bob Weinstein" when the article named "Harvey Weinstein" first: a bare
 * surname whose first full name in the text is another full name than the fuller entity's.
 */
function otherFirstFullName(names: readonly string[], fuller: readonly string[], firstFullNames: ReadonlyMap<string, string>): boolean {
  const surname = names.length === 1 && !names[0]!.includes(' ') ? names[0]! : null;
  const first = surname ? firstFullNames.get(surname) : undefined;
  if (first === undefined) return false;
  // ("Democrat Hillary Clinton" as a mention's name is still "Hillary Clinton".)
  const key = normName(first);
  return fuller.some((n) => n.includes(' ') && !PAIR.test(n) && !sameKey(n, key) && !key.endsWith(` ${n}`) && !n.endsWith(` ${key}`));
}

function firstAttribution(entities: readonly Entity[], attributions: readonly Attribution[]): number[] {
  const first = entities.map(() => Number.POSITIVE_INFINITY);
  for (const a of attributions) if (a.entity !== undefined) first[a.entity] = Math.min(first[a.entity]!, a.start);
  return first;
}

/**
 * "a US expert said" in a lede → the first person the next paragraphs introduce with a role that
 * describes them alike. Only a lede's: a description after a named speaker ("A Treasury spokesman
 * said …", then "Treasury Secretary Jacob Lew") is mostly someone the article leaves unnamed (on PolNeAR
 * train about 28 of 34 such merges were another person).
 */
function mergeDescriptorForward(entities: Entity[], index: number, firstAt: number[]): void {
  const d = entities[index]!;
  if (entities.some((e, i) => i !== index && e.kind === 'person' && e.names.length > 0 && firstAt[i]! < firstAt[index]!)) return;
  let best = -1;
  entities.forEach((e, i) => {
    if (i === index || e.mergedInto !== undefined || e.kind !== 'person' || !e.names.length || !e.role) return;
    if (e.firstBlock < d.firstBlock || e.firstBlock > d.firstBlock + LEDE_REACH) return;
    if (!describedAlike(d, e)) return;
    if (firstAt[i]! < firstAt[index]!) return;
    if (best < 0 || firstAt[i]! < firstAt[best]!) best = i;
  });
  if (best >= 0) merge(entities, index, best);
}

/** Heads that name one kind of expert: "an analyst said" may be the "chief economist" named next. */
const EXPERT_HEADS = /\b(?:analyst|expert|economist|strategist|researcher|scholar|professor|specialist|historian|scientist|fellow|pollster|observer)s?\b/i;

/**
 * The description shares a word with the person's role or affiliation ("a union leader" and
 * "general secretary of the Maritime Workers Union"), or both name an expert ("an analyst", "chief
 * economist"): "a Carrier executive" is not the "Donald J. Trump" the next paragraph names.
 */
function describedAlike(d: Entity, e: Entity): boolean {
  const about = `${e.role ?? ''} ${e.affiliation ?? ''}`;
  if (d.heads.some((h) => EXPERT_HEADS.test(h)) && EXPERT_HEADS.test(about)) return true;
  const words = new Set(about.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2).map(stem));
  return d.descriptors.some((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && words.has(stem(w))));
}

const FUNCTION_WORDS = new Set(['the', 'another', 'one', 'its', 'his', 'her', 'their', 'this', 'that', 'who', 'for', 'and', 'with', 'from']);

/** "Ruritanian intelligence" → the one organisation whose name holds "intelligence". */
function mergeOrgDescription(entities: Entity[], index: number): void {
  const d = entities[index]!;
  const words = d.heads.filter((h) => h.length > 3);
  const candidates = entities
    .map((e, i) => ({ e, i }))
    .filter(({ e, i }) => i !== index && e.mergedInto === undefined && e.kind === 'organization' && e.names.length
      && e.names.some((n) => words.some((w) => new RegExp(`\\b${w}\\b`, 'i').test(n))));
  if (candidates.length === 1) merge(entities, index, candidates[0]!.i);
}

/** Moves `from` into `into`; attributions follow through `mergedInto`. */
export function merge(entities: Entity[], from: number, into: number): void {
  const a = entities[from]!;
  const b = entities[into]!;
  for (const n of a.names) if (!b.names.includes(n)) b.names.push(n);
  for (const d of a.descriptors) if (!b.descriptors.includes(d)) b.descriptors.push(d);
  for (const h of a.heads) if (!b.heads.includes(h)) b.heads.push(h);
  b.role ??= a.role;
  b.affiliation ??= a.affiliation;
  b.firstBlock = Math.min(a.firstBlock, b.firstBlock);
  a.mergedInto = into;
}

/** Follows merges to the entity that stands. */
export function finalEntity(entities: readonly Entity[], index: number): number {
  let i = index;
  for (let guard = 0; guard < 20 && entities[i]?.mergedInto !== undefined; guard++) i = entities[i]!.mergedInto!;
  return i;
}
