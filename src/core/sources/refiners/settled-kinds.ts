// Which speakers' names the article treats as bodies, settled before any pronoun is resolved: the
// refiners that make "Arcade Publishing" (and "Arcade" beside it) an organisation run on the
// entities after coreference, too late for "he recalls …", which took the publisher as the last
// person named. Here the same reading (company-names.ts) runs early, on one provisional entity per
// name the speakers bear, so that coreference creates those entities as organisations: "he" and
// "she" then pass them by, and "it" may take them.

import type { Attribution, Entity } from '../model';
import { bodiesNamedAsPersons } from './company-names';
import { fullNames, lowerCaseWords, splitTitle } from './entity-names';
import { nameShapes } from './name-shapes';
import { knownPlaceName } from './known-places';
import type { Mention } from './person-mentions';

/** A bound on work: pages with more speakers' names than this settle their kinds after coreference only. */
const MAX_NAMES = 400;

/** The names (as speakers bear them) of persons by their phrase that the article treats as bodies. */
export function bodyNamesOfSpeakers(text: string, attributions: readonly Attribution[], mentions: readonly Mention[]): Set<string> {
  const provisional = new Map<string, Entity>();
  const full = fullNames(mentions, lowerCaseWords(text));
  for (const a of attributions) {
    const ref = a.speaker;
    if (!ref || ref.form !== 'name' || !ref.name || provisional.has(ref.name)) continue;
    // ("Aerolux President Tom Radley": a title run into the name makes a person, as it does later.)
    const [, title] = splitTitle(ref.name);
    // (A surname carries the full name the refiners will join it to: "a state Sanders is likely to
    // win" has the shape of "the firm Best Buy", but "Bernie Sanders" opens with a given name.)
    const names = [ref.name, ...(ref.name.includes(' ') ? [] : full.get(ref.name.toLowerCase()) ?? [])];
    provisional.set(ref.name, { kind: title ? 'person' : ref.kind, names, descriptors: [], heads: [], role: title ?? ref.role, affiliation: null, firstBlock: a.block });
    if (provisional.size > MAX_NAMES) return new Set();
  }
  const entities = [...provisional.values()];
  const persons = new Set(entities.filter((e) => e.kind === 'person'));
  bodiesNamedAsPersons(text, entities, mentions);
  // ("Sweden" beside "Swedish": a one-word name the article writes as a place's, name-shapes.ts;
  // "Ohio": a place every reader knows, known-places.ts.)
  const shapes = nameShapes(text, mentions);
  for (const e of entities) {
    if (e.kind === 'person' && !e.role && e.names.length === 1 && !mentions.some((m) => m.titled && m.name === e.names[0])
      && (shapes.early(e.names[0]!) || knownPlaceName(text, e.names[0]!))) e.kind = 'organization';
  }
  return new Set(entities.filter((e) => persons.has(e) && e.kind === 'organization').map((e) => e.names[0]!));
}

