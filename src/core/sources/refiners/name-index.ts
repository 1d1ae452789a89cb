// Which entities may bear a name like this one: the few worth comparing with it, so that looking a
// name up costs about the same on a page of 3,000 speakers as on a page of ten. Comparing each name
// with every entity made such a page quadratic (1,600 invented speakers: 7.7 s).
//
// The index only narrows: it gives every entity whose names are equal to the name, share its
// surname or its first and last words, or spell its acronym (and a few more), and the caller
// checks each one exactly as it would without the index. Whoever gives an entity a name tells the
// index (`add`), so that it never misses one.

import type { Entity } from '../model';
import { acronymOf, hasSurnameParticle, isAcronym } from './names';

/** A name of two words or more as written ("Mr. Smith" too, whose key is one word). */
export const SEVERAL_WORDS = /^\S+(?:\s+\S+)+$/;

export class NameIndex {
  private readonly entries = new Map<string, number[]>();

  /** `keyOf`: the name's normalised key ("hillary clinton" for "Mrs. Hillary Clinton"). */
  constructor(private readonly keyOf: (name: string) => string) {}

  /** An index over every name of these entities. */
  static over(entities: readonly Entity[], keyOf: (name: string) => string): NameIndex {
    const index = new NameIndex(keyOf);
    entities.forEach((e, i) => index.addEntity(i, e));
    return index;
  }

  /** Entity `index` bears `name` (again: repeating one is harmless). */
  add(index: number, name: string): void {
    const key = this.keyOf(name);
    const words = key.split(' ');
    const entries = [`key:${key}`];
    if (words.length === 1) entries.push(`one:${key}`);
    else entries.push(`last:${words[words.length - 1]}`, `ends:${words[0]} ${words[words.length - 1]}`);
    if (!isAcronym(name)) entries.push(`spells:${acronymOf(name)}`);
    if (name.length <= 8 && isAcronym(name)) entries.push(`acronym:${name.replace(/\./g, '')}`);
    for (const entry of entries) {
      const list = this.entries.get(entry);
      if (!list) this.entries.set(entry, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  }

  addEntity(index: number, entity: Entity): void {
    for (const name of entity.names) this.add(index, name);
  }

  /** Entity indices, ascending, that may match `name` in any of the ways `findByName` compares. */
  candidates(name: string): number[] {
    const key = this.keyOf(name);
    const words = key.split(' ');
    const lookups = [`key:${key}`];
    if (words.length === 1) lookups.push(`last:${key}`);
    else lookups.push(`one:${words[words.length - 1]}`, `ends:${words[0]} ${words[words.length - 1]}`);
    // ("von der Leyen": a surname of several words may end a fuller name, names.ts particleSurname.)
    if (words.length > 1 && hasSurnameParticle(words)) lookups.push(`last:${words[words.length - 1]}`);
    if (isAcronym(name)) lookups.push(`spells:${name.replace(/\./g, '')}`);
    else if (SEVERAL_WORDS.test(name)) lookups.push(`acronym:${acronymOf(name)}`);
    const found = new Set<number>();
    for (const lookup of lookups) for (const i of this.entries.get(lookup) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  }
}
