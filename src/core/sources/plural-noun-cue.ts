// "FEC reports show that …", "County records suggest …", "Their estimates put the cost at …": a cue
// word that is also a plural noun ("reports", "records", "estimates") is the noun, the head of the
// subject, when a verb of its own follows it straight away. The verb after it is then the cue, and
// "FEC reports" its source; read as a verb, "reports" would make "FEC" the speaker of a clause that
// begins with "show".
// (Only words that are nouns as often as verbs: "says showed" in "the study, which he says showed …"
// is a verb with its relative clause's gap, and stays a cue.)

const NOUN_CUES = new Set(['reports', 'records', 'estimates', 'polls', 'surveys', 'figures', 'notes', 'claims', 'plans', 'calls', 'charges', 'findings', 'statements', 'accounts', 'documents', 'filings', 'projections', 'forecasts']);

/** A verb of a plural subject, right after the noun: "show", "suggested", "have found". */
const VERB_AFTER = /^\s+(?:(?:also|now|still|clearly|consistently|already)\s+)?(?:show|showed|shown|suggest|suggested|indicate|indicated|reveal|revealed|found|find|say|said|confirm|confirmed|point|pointed|put|place|placed|track|tracked|list|listed|estimate|estimated|have|had|are|were|do|did|don['\u2019]t|didn['\u2019]t)\b/;

/** Whether the cue word at `end` is the plural noun heading its clause's subject, not the verb. */
export function isPluralNounCue(masked: string, word: string, end: number): boolean {
  return NOUN_CUES.has(word.toLowerCase()) && VERB_AFTER.test(masked.slice(end, end + 40));
}
