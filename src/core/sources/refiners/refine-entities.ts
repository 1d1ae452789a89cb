// Entities as a reader would name them, once every speaker is resolved: embedded posts given to the
// author who signs them, full names with titles moved to the role, the right kind, documents named
// by their owner ("a Register poll" → Register poll). One step in the sources pipeline, after the
// aliases are merged and before the sheet is built.

import type { Entity } from '../model';
import { parseEmbeddedPosts } from '../parsers/embedded-post';
import { MAX_FOUND, type Scan } from '../scan';
import { findByName } from './coreference';
import { nameDocumentsByOwner } from './document-owners';
import { lowerCaseWords, nameEntities } from './entity-names';
import { findMentions } from './person-mentions';

export function refineEntities(scan: Scan, entities: Entity[]): void {
  attributePosts(scan, entities);
  const lowerWords = lowerCaseWords(scan.text);
  nameDocumentsByOwner(scan, entities, scan.found, lowerWords);
  nameEntities(scan, entities, findMentions(scan), lowerWords);
}

/** A quoted post is a statement of the author its embed names ("— Name (@handle) date"). */
function attributePosts(scan: Scan, entities: Entity[]): void {
  for (const { attribution, name, handle } of parseEmbeddedPosts(scan)) {
    if (scan.found.length >= MAX_FOUND) return;
    const kind = attribution.speaker!.kind;
    let index = findByName(entities, name, kind);
    if (index < 0) {
      index = entities.push({ kind, names: [name], descriptors: [], heads: [], role: null, affiliation: null, firstBlock: attribution.block }) - 1;
    }
    while (entities[index]!.mergedInto !== undefined) index = entities[index]!.mergedInto!;
    if (!entities[index]!.descriptors.includes(handle)) entities[index]!.descriptors.push(handle);
    attribution.entity = index;
    scan.found.push(attribution);
  }
}
