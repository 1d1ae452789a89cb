// A manner or degree adverb between a phrasal cue's verb and its particle: "spoke briefly about the
// closure", "talked more about policy", "pressed privately for airstrikes", "speaks at length about
// trade". The verb and particle still make the cue ("spoke about"); the adverb only stands between.
// Only verbs of speaking, asking and urging: PolNeAR train marks most of those (e.g. "spoke briefly
// about", "pressed privately for"), but only 5 of 17 after "focus" ("focused mainly on organizing"
// is a campaign's plan, not a stance), so "focus" and "vote" keep the particle right after the verb.

/** One or two adverbs, then the rest of the text; the particle is checked by the caller. */
const ADVERBS = /^\s+((?:(?:\p{Ll}{3,}ly|more|less|much|most|again|instead|often|also|still|even|too|at\s+length|so\s+much|a\s+lot)\s+){1,2})/u;
/** Forms of the verbs of speaking, asking and urging that take a phrasal particle. */
const SAYING_VERB = /^(?:talk|spok|speak|call|ask|press|push|argu|warn|complain|boast|brag|rail|lobb|advocat|jok|point|refer|thought|think|writ|wrote|plead|beg)/;
/** "-ly" words that are not adverbs of manner or degree. */
const NOT_ADVERB = /^(?:family|only|early|likely|daily|weekly|monthly|yearly|ally|rally|belly|bully|jelly|reply|supply|apply|italy|july)$/;

/**
 * The adverbs and particle after a phrasal verb form of saying or asking, or null: `after` is the
 * text right after the verb ("  briefly about the …"). Returns the particle found and how far the
 * cue runs into `after`.
 */
export function adverbThenParticle(verb: string, after: string, particles: readonly string[]): { particle: string; length: number } | null {
  if (!SAYING_VERB.test(verb)) return null;
  const m = ADVERBS.exec(after);
  if (!m) return null;
  for (const word of m[1]!.trim().split(/\s+/)) if (NOT_ADVERB.test(word)) return null;
  const rest = after.slice(m[0].length);
  for (const p of particles) {
    if (!rest.startsWith(p) || /\p{L}/u.test(rest[p.length] ?? '')) continue;
    return { particle: p, length: m[0].length + p.length };
  }
  return null;
}
