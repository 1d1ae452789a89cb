// The tense of the clause a date stands in: "aired Tuesday" (past), "will meet on Tuesday"
// (future). The nearest cue before the date in its sentence decides ("Jones said the group will
// meet Tuesday": "will"); with none before, the nearest after ("On Tuesday, the council will vote").

import type { Tense } from './candidate';

// Modal perfects look back ("may have fled Saturday"); plain modals and forecasts look ahead
// ("storms may reach the coast Saturday", "are expected Sunday").
const MODAL_PERFECT = "(?:may|might|could|should|would|must)(?:\\s+not)?\\s+have";

const FUTURE_CUES =
  "may|might|could|should|likely|possible|probably|forecast|is expected|are expected|will|won't|let's|let\u2019s|lets|let us|shall|'ll|\u2019ll|going to|plans? to|planned for|scheduled|slated|set to|set for|expected to|expected on|is to|are to|due to|due on|due in|upcoming|coming|intends? to|aims? to|would|begins|starts|opens|takes effect|is set|are set";

// Common irregular past forms; regular ones are caught by -ed.
const PAST_CUES =
  'was|were|had|did|ago|since|said|told|spoke|met|came|went|took|gave|made|saw|held|began|found|left|led|won|lost|fell|rose|hit|struck|sent|sold|paid|brought|wrote|ran|became|got|knew|thought|felt|kept|chose|drew|grew|flew|broke|beat|fought|caught|bought|sought|stood|shot|spent|built|heard|meant|told|wore|woke|ate|drove|rode|swore|withdrew|arose|shook|forgave|forbade|overtook|undertook|underwent|upheld|withheld|last|earlier|previously|already|[a-z]{2,}ed';

const CUE = new RegExp(`\\b(?:(${MODAL_PERFECT})|(${FUTURE_CUES})|(${PAST_CUES}))\\b`, 'gi');
// Words that end in -ed but are not past verbs.
const NOT_PAST = /^(?:need|speed|seed|feed|bed|red|shed|hundred|united|indeed|proceed|exceed|succeed|breed|greed|bleed|creed|weed|reed|deed)$/i;

const MODAL_BEFORE = /\b(?:will|would|may|might|could|should|can|cannot|must|to|'ll|\u2019ll)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?$/i;
const PASSIVE_BEFORE = /\b(?:be|been|being|is|are|am|get|gets)\s+$/i;

/** How far either side of the date to look, so a long sentence's other clauses do not decide. */
const WINDOW = 120;

export function tenseAt(sentence: string, start: number, end: number): Tense {
  let before: Tense = 'neutral';
  let after: Tense = 'neutral';
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(sentence.length, end + WINDOW);
  const region = sentence.slice(from, to);
  CUE.lastIndex = 0;
  for (let match = CUE.exec(region); match; match = CUE.exec(region)) {
    const at = from + match.index;
    if (match[0] === 'May') continue; // the month, not the modal
    // "will hit", "to be delayed": a past-looking form after a modal or "to" is not past.
    if (match[3] && MODAL_BEFORE.test(region.slice(Math.max(0, match.index - 16), match.index))) continue;
    // "star-studded", "long-awaited": adjectives, not verbs.
    if (match[3] && region[match.index - 1] === '-') continue;
    // A present or modal passive ("could be affected", "is delayed") says nothing of the past.
    if (match[3] && /ed$/i.test(match[3]) && PASSIVE_BEFORE.test(region.slice(Math.max(0, match.index - 8), match.index))) continue;
    const tense: Tense | null = match[1] ? 'past' : match[2] ? 'future' : NOT_PAST.test(match[3] ?? '') ? null : 'past';
    if (!tense) continue;
    if (at + match[0].length <= start) before = tense; // the last one before wins: the nearest
    else if (at >= end && after === 'neutral') after = tense;
  }
  return before !== 'neutral' ? before : after;
}
