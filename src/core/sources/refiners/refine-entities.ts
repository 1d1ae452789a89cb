// Entities as a reader would name them, once every speaker is resolved: full names with titles
// moved to the role, the right kind, documents named by their owner ("a Register poll" → the
// Register). One step in the sources pipeline, after the aliases are merged and before the sheet
// is built.

import type { Entity } from '../model';
import type { Scan } from '../scan';
import { nameDocumentsByOwner } from './document-owners';
import { lowerCaseWords, nameEntities } from './entity-names';
import { findMentions } from './person-mentions';

export function refineEntities(scan: Scan, entities: Entity[]): void {
  const lowerWords = lowerCaseWords(scan.text);
  nameDocumentsByOwner(scan, entities, scan.found, lowerWords);
  nameEntities(scan, entities, findMentions(scan), lowerWords);
}
