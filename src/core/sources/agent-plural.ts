// "But loyalists were adamant that …", "Across Asia, policymakers have been startled …", "If it
// slows, forecasters say …": a lone lower-case plural of an agent noun ("-ists", "-ians", "-ers",
// "-ors", "-makers") heading its clause is a group of people that speaks, as "officials" is,
// although the lexicon of person nouns does not list it. (A lone lower-case word is no speaker
// elsewhere: "attacks", "prices" name no one; the suffix says the word names those who do.)

import type { Span } from '../types';
import { nominalSpeaker } from './speaker-ref';
import type { Subject } from './clause';

// The whole segment: an optional linking word, then the plural alone.
const AGENT_PLURAL = /^\s*(?:(?:and|but|yet|so|or|now|still|even)\s+)?(\p{Ll}{3,}(?:ists|ians|ers|ors))\s*$/iu;
// Agent-looking plurals that name things or amounts, not people.
const NOT_AGENTS = /^(?:numbers|others|papers|letters|matters|orders|centers|centres|computers|waters|headquarters|offers|answers|powers|borders|factors|sectors|errors|quarters|corners|chambers|layers|markers|posters|stickers|banners|flyers|covers|filters|meters|monitors|motors|indicators|colors|colours|mirrors|rumors|rumours|favors|favours|honors|honours|members|cancers|barriers|disasters|registers|folders|towers|rivers|waivers|transfers|shelters|reminders|remainders|tractors|trailers)$/i;

/** The agent plural that is all of the segment `seg` (bar a linking word), as the clause's subject. */
export function agentPluralSubject(masked: string, seg: Span): Subject | null {
  const m = AGENT_PLURAL.exec(masked.slice(seg.start, seg.end));
  if (!m || NOT_AGENTS.test(m[1]!)) return null;
  const start = seg.start + m[0].trimEnd().length - m[1]!.length;
  return { speaker: nominalSpeaker(m[1]!, start, start + m[1]!.length, 'anonymous', m[1]!.toLowerCase()), phraseStart: start };
}
