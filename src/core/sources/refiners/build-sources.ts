// Entities → the fact sheet's sources, attributions → its quotes: canonical names, aliases,
// roles and affiliations, statement counts; the article's own authors are not sources.

import { assignIds } from '../../ids';
import type { Quote, Source } from '../../types';
import type { Attribution, Entity } from '../model';
import { PERSON_NOUNS } from '../lexicon';
import { finalEntity } from './alias-merge';
import { isAcronym, normName, sameName } from './names';

const AFFILIATION = /\b(?:at|for|of|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019.&-]*)(?:\s+(?:of|for|and|the|on|&|\p{Lu}[\p{L}'\u2019.&-]*))*)\s*$/u;

export function buildSources(entities: Entity[], attributions: readonly Attribution[], authors: readonly string[]): { sources: Source[]; quotes: Quote[] } {
  const sourceOf = new Map<number, Source>();
  const quotes: Quote[] = [];
  const stating = new Set(attributions.filter((a) => a.entity !== undefined && !a.attitude).map((a) => finalEntity(entities, a.entity!)));
  for (const a of attributions) {
    if (a.entity === undefined) continue;
    const index = finalEntity(entities, a.entity);
    const entity = entities[index]!;
    if (isAuthor(entity, authors)) continue;
    if (!stating.has(index) && isWeakHolder(entity)) continue;
    let source = sourceOf.get(index);
    if (!source) {
      source = toSource(entity, a);
      sourceOf.set(index, source);
    }
    if (a.attitude) source.positions = (source.positions ?? 0) + 1;
    else source.statements++;
    quotes.push({
      id: '', start: a.start, end: a.end, text: a.text, speaker: source.name, sourceId: null, direct: a.direct,
      indirect: !a.direct, cue: a.cue, provenance: { extractor: a.extractor, confidence: a.confidence },
      ...(a.attitude ? { cueKind: 'attitude' as const } : {}),
    });
  }
  const sources = assignIds([...sourceOf.values()], 's');
  const idByName = new Map(sources.map((s) => [s.name, s.id]));
  for (const q of assignIds(quotes, 'q')) q.sourceId = idByName.get(q.speaker ?? '') ?? null;
  return { sources, quotes };
}

function toSource(entity: Entity, first: Attribution): Source {
  const name = canonicalName(entity);
  const aliases: string[] = [];
  for (const alias of [...entity.names, ...entity.descriptors]) {
    if (normName(alias) === normName(name) || aliases.some((x) => normName(x) === normName(alias))) continue;
    aliases.push(alias);
  }
  const affiliation = entity.affiliation ?? AFFILIATION.exec(entity.role ?? '')?.[1] ?? null;
  return {
    id: '', name, kind: entity.kind, aliases, role: entity.role, affiliation, statements: 0, positions: 0,
    provenance: { extractor: first.extractor, confidence: first.confidence },
  };
}

/** The fullest proper name; a description when the article never names the source. */
function canonicalName(entity: Entity): string {
  const names = entity.names.filter((n) => !isAcronym(n) || entity.names.length === 1);
  if (names.length) return names.reduce((best, n) => (n.split(/\s+/).length > best.split(/\s+/).length ? n : best));
  return entity.descriptors[0] ?? entity.names[0] ?? 'unknown';
}

/**
 * A description of one thing, neither a person, a body nor a document ("the pair", "the country",
 * "the latter", "the event"), holding positions only: no source a reader would list. Positions are
 * read from any subject, and such a subject is far likelier a misreading. (Plural groups stay:
 * "islanders", "41 percent" hold positions as polls report them.)
 */
/** A share or a count of people ("About three in 10", "41 percent"). */
const COUNTED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|third|quarter|percent|cent)\b/i;

function isWeakHolder(entity: Entity): boolean {
  if (entity.kind !== 'other' || entity.names.length) return false;
  if (entity.heads.some((h) => /[^su]s$/.test(h))) return false;
  if (entity.descriptors.some((d) => COUNTED.test(d))) return false;
  return !entity.descriptors.some((d) => d.toLowerCase().split(/[^\p{L}-]+/u).some((w) => PERSON_NOUNS.has(w)));
}

function isAuthor(entity: Entity, authors: readonly string[]): boolean {
  if (entity.kind !== 'person') return false;
  return authors.some((author) => entity.names.some((n) => normName(n) === normName(author) || (n.includes(' ') && sameName(n, author))));
}
