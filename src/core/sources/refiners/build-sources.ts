// Entities → the fact sheet's sources, attributions → its quotes: canonical names, aliases,
// roles and affiliations, statement counts; the article's own authors are not sources.

import { assignIds } from '../../ids';
import type { Quote, Source } from '../../types';
import type { Attribution, Entity } from '../model';
import { finalEntity } from './alias-merge';
import { isAcronym, normName, sameName } from './names';

const AFFILIATION = /\b(?:at|for|of|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'\u2019.&-]*)(?:\s+(?:of|for|and|the|on|&|\p{Lu}[\p{L}'\u2019.&-]*))*)\s*$/u;

export function buildSources(entities: Entity[], attributions: readonly Attribution[], authors: readonly string[]): { sources: Source[]; quotes: Quote[] } {
  const sourceOf = new Map<number, Source>();
  const quotes: Quote[] = [];
  for (const a of attributions) {
    if (a.entity === undefined) continue;
    const index = finalEntity(entities, a.entity);
    const entity = entities[index]!;
    if (isAuthor(entity, authors)) continue;
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

function isAuthor(entity: Entity, authors: readonly string[]): boolean {
  if (entity.kind !== 'person') return false;
  return authors.some((author) => entity.names.some((n) => normName(n) === normName(author) || (n.includes(' ') && sameName(n, author))));
}
