// "SPH shares closed flat at $1.05", "the maps project delivered the ability to …": a cue word that
// is as often a noun ("shares", "project", "stress") heads the subject, not the verb, when a
// past-tense verb follows it straight away and goes on with its own object or adjunct. Read as a
// verb, the cue would make "SPH" hold a position whose content begins with "closed".
// (Only such nouns: after a verb that is only a verb the past is the verb of a clause whose subject
// is a gap, "the policies Trump argues allowed the group to grow", and the cue stays a cue. Only a
// regular past followed by a determiner, a preposition or a bare adverb: a complement that opens
// with a participle as an adjective goes on with its noun, "reported increased sales", and stays a
// content; so do the participles that open an adjunct, "noted based on the figures …".)

/** Cue words that are nouns as often as verbs. */
const NOUN_LIKE = new Set([
  'share', 'shares', 'project', 'projects', 'stress', 'report', 'reports', 'claim', 'claims', 'call', 'calls',
  'plan', 'plans', 'note', 'notes', 'estimate', 'estimates', 'record', 'records', 'poll', 'polls', 'survey',
  'surveys', 'figure', 'figures', 'forecast', 'forecasts', 'release', 'releases', 'review', 'reviews',
  'concern', 'concerns', 'hope', 'hopes', 'fear', 'fears', 'promise', 'promises', 'demand', 'demands',
  'request', 'requests', 'comment', 'comments', 'complaint', 'complaints', 'warning', 'warnings',
]);

/** A regular past-tense verb and the word that shows it is finite: its object or an adjunct. */
const FINITE_PAST_AFTER = /^\s{1,2}(?!(?:based|compared|provided|related|concerned|dated)\s)\p{Ll}{2,}ed\s+(?:the|a|an|its|their|his|her|this|that|these|those|at|to|in|on|by|for|with|from|into|over|under|up|down|out|off|flat|higher|lower|sharply|slightly|nearly|almost)\b/u;

/** Whether a cue word, with the text right after it, was a noun with its clause's verb after it. */
export function isNounBeforeVerb(cue: string, afterCue: string): boolean {
  return NOUN_LIKE.has(cue.toLowerCase()) && FINITE_PAST_AFTER.test(afterCue.slice(0, 60));
}
