// Cues of attitude, intention and stance: what a source believes, wants, plans, backs or attacks
// ("X believes …", "X wants …", "X plans to …", "X criticized …", "X called for …"). Political-
// news attribution corpora (PolNeAR) count these as attributions; the fact sheet's guidelines
// count only statements, so these cues are read only when the caller asks for attitudes.

import { CUE_WORDS } from './lexicon';
import { lookupTable } from '../text/lookup-table';

/** Lemmas, with the particle a phrasal cue takes ("call for", "point to"). */
const LEMMAS = [
  // Belief and knowledge.
  'believe', 'think', 'know', 'feel', 'see', 'view', 'consider', 'regard', 'expect', 'fear', 'hope', 'worry',
  'doubt', 'suspect', 'assume', 'understand', 'realize', 'recognize', 'remember', 'forget', 'wonder', 'trust',
  'imagine', 'conclude', 'decide', 'determine', 'acknowledge', 'perceive', 'insist', 'agree', 'disagree',
  // Wanting and intending.
  'want', 'wish', 'plan', 'intend', 'aim', 'seek', 'prefer', 'try', 'attempt', 'refuse', 'decline', 'promise',
  'pledge', 'vow', 'threaten', 'offer', 'demand', 'propose', 'request', 'urge', 'encourage', 'order', 'push',
  'favor', 'favour', 'like', 'love', 'hate',
  // Stance toward someone or something.
  'support', 'oppose', 'back', 'endorse', 'praise', 'criticize', 'criticise', 'condemn', 'denounce', 'blame',
  'accuse', 'attack', 'slam', 'blast', 'mock', 'dismiss', 'reject', 'defend', 'question', 'welcome',
  'applaud', 'thank', 'credit', 'celebrate', 'embrace', 'decry', 'lament', 'rebuke', 'chide', 'fault', 'dispute',
  'deride', 'ridicule', 'disparage', 'tout', 'hail', 'laud', 'commend', 'champion', 'advocate', 'lobby',
  'scold', 'knock', 'lambaste', 'assail', 'excoriate', 'berate', 'insult', 'belittle', 'ridicule',
  'downplay', 'promote', 'tout', 'push', 'warn', 'recommend',
  // Telling, describing and pointing. ("cast" as "portray": "cast himself as an outsider"; and the
  // vote, "cast their ballots for X", a position PolNeAR annotates.)
  'describe', 'portray', 'cast', 'characterize', 'cite', 'mention', 'discuss', 'address', 'highlight', 'emphasize',
  'compare', 'recount', 'detail', 'outline', 'express', 'voice', 'share', 'reveal', 'disclose',
  'release', 'publish', 'issue', 'list', 'label', 'brand', 'dub', 'quote', 'repeat', 'reiterate', 'tweet',
  'post', 'respond', 'reply', 'react', 'retort', 'counter', 'explain', 'predict', 'estimate', 'show',
  'find', 'suggest', 'imply', 'indicate', 'signal', 'hint', 'rule', 'announce', 'declare', 'proclaim', 'confirm',
  'deny', 'admit', 'concede', 'argue', 'claim', 'contend', 'maintain', 'assert', 'allege', 'charge', 'complain',
  'remind', 'assure', 'reassure', 'tell', 'inform', 'ask', 'joke', 'quip', 'boast', 'brag', 'stress', 'note', 'report',
  'recall', 'insinuate', 'call for', 'point to', 'refer to', 'talk about', 'speak about', 'speak of', 'ask for',
  'argue for', 'push for', 'press for', 'lobby for', 'advocate for', 'vote for', 'vote against', 'call on',
  'weigh in on', 'focus on', 'lash out at', 'take aim at', 'speak out against', 'rail against', 'warn of',
  'warn about', 'hit back at', 'fire back at', 'point out', 'lay out', 'spell out', 'sign', 'file', 'sue',
  // Further verbs of saying and reacting.
  'call', 'refer to', 'reference', 'speculate', 'answer', 'retweet', 'cheer', 'boo', 'bemoan', 'fret', 'marvel', 'muse', 'scoff',
  'snap', 'vent', 'gush', 'rant', 'grumble', 'shout', 'yell', 'plead', 'beg', 'apologize', 'concur', 'approve',
  'disapprove', 'veto', 'nominate', 'appoint', 'name', 'rave', 'taunt', 'tease', 'dare', 'demand', 'press', 'confront',
  'make clear', 'make it clear', 'put it', 'take credit for', 'apologize for', 'talk of', 'speak to', 'agree with',
  'side with', 'break with', 'stand by', 'go after', 'come out against', 'come out for', 'sign on to',
  // Framing, weighing and turning to a subject.
  'identify', 'pen', 'convince', 'persuade', 'mull', 'ponder', 'weigh', 'frame', 'invoke', 'unveil', 'pitch',
  'touch on', 'dwell on', 'harp on', 'seize on', 'zero in on', 'home in on', 'pivot to', 'turn to', 'rally behind',
  'rally around', 'push back on', 'push back against', 'sound off on', 'weigh in',
  // Verb + preposition stances that PolNeAR train marks at most of their occurrences (25 of 35):
  // "took issue with the ruling", "alluded to the scandal", "spoke out for reform", "voted in favor of
  // the bill". ("was asked about" is left out: PolNeAR marks it without a source.)
  'take issue with', 'allude to', 'speak out about', 'speak out for', 'speak out on', 'speak up about',
  'speak up for', 'speak out in favor of', 'speak out in favour of', 'vote in favor of', 'vote in favour of',
  'argue in favor of', 'argue in favour of', 'come out in favor of', 'come out in favour of',
  // Refusing or yielding to a demand (9 of 10 marked): "balked at the price", "acquiesced to the
  // request", "objected to the plan".
  'balk at', 'acquiesce to', 'object to',
  // An aim, "Cruz looks to build on his momentum": only before a verb (look-to-aim.ts).
  'look to',
];

const IRREGULAR = lookupTable<string[]>({
  think: ['thought'], know: ['knew', 'known'], feel: ['felt'], see: ['saw', 'seen'], understand: ['understood'],
  forget: ['forgot', 'forgotten'], seek: ['sought'], tell: ['told'], find: ['found'], show: ['shown'],
  speak: ['spoke', 'spoken'], take: ['took', 'taken'], hit: ['hit'], lay: ['laid'], spell: ['spelled', 'spelt'],
  make: ['made'], put: ['put'], go: ['went', 'gone'], come: ['came'], stand: ['stood'], break: ['broke', 'broken'],
  // Past forms PolNeAR train writes as cues or as the second verb of a coordinated statement ("… and
  // cast doubt on …", "… and gave credit to …"), so that they pair with a first cue in the past.
  cast: ['cast'], begin: ['began', 'begun'], win: ['won'], give: ['gave', 'given'], send: ['sent'],
  hold: ['held'], draw: ['drew', 'drawn'], strike: ['struck'], spend: ['spent'], bring: ['brought'],
  lead: ['led'], mislead: ['misled'], keep: ['kept'], withdraw: ['withdrew', 'withdrawn'], hear: ['heard'],
  mean: ['meant'], choose: ['chose', 'chosen'], become: ['became'], shoot: ['shot'],
  // A stressed last syllable doubles its consonant too.
  refer: ['referred', 'referring'], prefer: ['preferred', 'preferring'], admit: ['admitted', 'admitting'],
});

/** Irregular past forms: never a base form that needs an agreeing subject. */
export const IRREGULAR_PAST = new Set(Object.values(IRREGULAR).flat());

/** The forms of a verb lemma the cue readers accept: "plan" → plan, plans, planned, planning. */
export function inflect(lemma: string): string[] {
  const forms = new Set([lemma, ...(IRREGULAR[lemma] ?? [])]);
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  if (/[^aeiou]y$/.test(lemma)) {
    forms.add(`${lemma.slice(0, -1)}ies`).add(`${lemma.slice(0, -1)}ied`).add(`${lemma}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(lemma)) {
    forms.add(`${lemma}es`).add(`${lemma}ed`).add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}s`).add(`${stem}ed`).add(`${stem}ing`);
  }
  // Doubled final consonant: "plan" → "planned", "planning"; "vote"-style stems are handled above.
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) forms.add(`${lemma}${lemma.at(-1)}ed`).add(`${lemma}${lemma.at(-1)}ing`);
  return [...forms];
}

/** Every form of a one-word attitude cue. */
export const ATTITUDE_WORDS = new Set<string>();
/** The particles a phrasal attitude cue needs, by verb form: "called" → ["for", "on"]. */
export const ATTITUDE_PARTICLES = new Map<string, string[]>();
/** Verb forms that need their particle ("talked" alone is not a cue). */
export const PARTICLE_ONLY = new Set<string>();

for (const entry of LEMMAS) {
  const [verb, ...rest] = entry.split(' ');
  const particle = rest.join(' ');
  for (const form of inflect(verb!)) {
    if (!particle) { ATTITUDE_WORDS.add(form); continue; }
    ATTITUDE_PARTICLES.set(form, [...(ATTITUDE_PARTICLES.get(form) ?? []), particle]);
  }
}
for (const form of ATTITUDE_PARTICLES.keys()) if (!ATTITUDE_WORDS.has(form) && !CUE_WORDS.has(form)) PARTICLE_ONLY.add(form);

/** Cues a document or a poll can take as its subject: "the poll shows", "the report found". */
export const DOCUMENT_CUES = new Set([
  'show', 'shows', 'showed', 'shown', 'showing', 'find', 'finds', 'found', 'finding', 'suggest', 'suggests',
  'suggested', 'suggesting', 'indicate', 'indicates', 'indicated', 'indicating', 'reveal', 'reveals', 'revealed',
  'revealing', 'predict', 'predicts', 'predicted', 'estimate', 'estimates', 'estimated', 'conclude', 'concludes',
  'concluded', 'describe', 'describes', 'described', 'detail', 'details', 'detailed', 'list', 'lists', 'listed',
  'highlight', 'highlights', 'highlighted', 'cite', 'cites', 'cited', 'claim', 'claims', 'claimed', 'accuse',
  'accuses', 'accused', 'allege', 'alleges', 'alleged', 'urge', 'urges', 'urged', 'call', 'calls', 'called',
  'argue', 'argues', 'argued', 'say', 'says', 'said', 'note', 'notes', 'noted', 'warn', 'warns', 'warned',
  'attack', 'attacks', 'attacked', 'criticize', 'criticizes', 'criticized', 'praise', 'praises', 'praised',
  'portray', 'portrays', 'portrayed', 'recommend', 'recommends', 'recommended', 'propose', 'proposes', 'proposed',
]);
