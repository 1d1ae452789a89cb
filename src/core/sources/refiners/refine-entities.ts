// Entities as a reader would name them, once every speaker is resolved: documents named by their
// owner ("a Register poll" → the Register). One step in the sources pipeline, after the aliases
// are merged and before the sheet is built.

import type { Entity } from '../model';
import type { Scan } from '../scan';
import { nameDocumentsByOwner } from './document-owners';

export function refineEntities(scan: Scan, entities: Entity[]): void {
  nameDocumentsByOwner(scan, entities, scan.found);
}
