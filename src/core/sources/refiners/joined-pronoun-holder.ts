// "She and her husband quickly realized …", "he and other officials complained that …": a pronoun
// joined to a group speaks with it, and the quote keeps that phrase as its holder (joined-pronoun.ts).
// But the phrase is no source a reader could list or look up: its person is listed under their own
// name wherever they speak alone, and the rest ("her husband", "other officials") are not named. As
// with a vague count (vague-holder.ts), only the source line goes.

import type { Entity } from '../model';
import { isJoinedPronounPhrase } from '../joined-pronoun';

/** An entity, never named, whose every description opens with a pronoun joined by "and". */
export function isJoinedPronounHolder(entity: Entity): boolean {
  return !entity.names.length && entity.descriptors.length > 0 && entity.descriptors.every(isJoinedPronounPhrase);
}
