// "Drone footage shows the flooded square", "Video obtained from the shop shows him leaving", "These
// text messages add urgency …": a recording, a picture or a message shows what happened, but no one
// a reader could look up stands behind it as its author. Annotators list such a medium at most as
// optional (an unowned video), and the person it shows, where the text names one, is who speaks in
// it. As with a vague count (vague-holder.ts), the quote keeps its holder and only the source line
// goes. A medium with an owner or an author ("the mayor's video", "a clip posted by the council",
// "the Courier's footage") is that owner's, and stays; so does a named one.

import type { Entity } from '../model';

/** Nouns of media that show or carry words without being anyone's statement (a closed class). */
const MEDIUM = /^(?:footage|videos?|clips?|images?|pictures?|recordings?|screenshots?|livestreams?|messages?|texts?|sms)$/;
/** A named owner ("Lund's video", "the Courier’s footage") or an author ("posted by the council"). */
const OWNED = /(?:^|\s)\p{Lu}[\p{L}.-]*['\u2019\u2018]s?\s|\sby\s/u;

/** An entity never named whose every head is a medium's noun and that no one owns or authored. */
export function isMediaHolder(entity: Entity): boolean {
  if (entity.names.length || !entity.heads.length || !entity.descriptors.length) return false;
  return entity.heads.every((h) => MEDIUM.test(h.toLowerCase())) && !entity.descriptors.some((d) => OWNED.test(d));
}
