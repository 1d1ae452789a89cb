// Entities as a reader would name them, once every speaker is resolved: embedded posts given to the
// author who signs them, full names with titles moved to the role, the right kind, documents named
// by their owner ("a Register poll" → Register poll). One step in the sources pipeline, after the
// aliases are merged and before the sheet is built.

import type { Entity } from '../model';
import { parseEmbeddedPosts } from '../parsers/embedded-post';
import { MAX_FOUND, type Scan } from '../scan';
import { finalEntity } from './alias-merge';
import { findByName } from './coreference';
import { nameDocumentsByOwner } from './document-owners';
import { lowerCaseWords, nameEntities } from './entity-names';
import { NameIndex } from './name-index';
import { normName } from './names';
import type { Mention } from './person-mentions';

/**
 * `mentions`: the people and bodies the text names (as coreference read them); `publishers`: the
 * outlets the article is published by (the sheet's meta), never its sources.
 */
export function refineEntities(scan: Scan, entities: Entity[], mentions: readonly Mention[], publishers: readonly string[] = []): void {
  attributePosts(scan, entities);
  const lowerWords = lowerCaseWords(scan.text);
  nameDocumentsByOwner(scan, entities, scan.found, lowerWords);
  nameEntities(scan, entities, mentions, lowerWords);
  dropPublisher(scan, entities, publishers);
}

/**
 * The article's own publisher is no source ("CNBC" of "told CNBC this week", a "Reuters" read from
 * a credit line); its own documents are ("a Guardian analysis found …" stays, as a document).
 */
function dropPublisher(scan: Scan, entities: Entity[], publishers: readonly string[]): void {
  // (A key of lone letters, "u s" of a misread "U.S.", would drop a country.)
  const keys = publishers.map(normName).filter((k) => /\p{L}{3}/u.test(k));
  if (!keys.length) return;
  for (const a of scan.found) {
    if (a.entity === undefined) continue;
    const e = entities[finalEntity(entities, a.entity)]!;
    if (e.kind === 'document' || e.kind === 'person') continue;
    if (e.names.some((n) => keys.includes(normName(n)))) a.entity = undefined;
  }
}

/** A quoted post is a statement of the author its embed names ("— Name (@handle) date"). */
function attributePosts(scan: Scan, entities: Entity[]): void {
  const names = NameIndex.over(entities, normName);
  for (const { attribution, name, handle } of parseEmbeddedPosts(scan)) {
    if (scan.found.length >= MAX_FOUND) return;
    const kind = attribution.speaker!.kind;
    let index = findByName(entities, names, name, kind);
    if (index < 0) {
      index = entities.push({ kind, names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: attribution.block }) - 1;
      names.add(index, name);
    }
    index = finalEntity(entities, index);
    if (!entities[index]!.descriptors.includes(handle)) entities[index]!.descriptors.push(handle);
    attribution.entity = index;
    scan.found.push(attribution);
  }
}
