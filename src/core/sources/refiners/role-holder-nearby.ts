// "The harbour council put off the vote, its chair said. Council chair Ruth Okafor said …": a role
// noun with a definite or possessive article ("its chair", "the agency's spokeswoman", "the chair")
// stands for the person the article gives that role close by, before it or after it: by a title
// ("Council chair Ruth Okafor"), an apposition ("Ruth Okafor, the trust's chair,") or a relative
// clause whose verb is the role's ("Ruth Okafor, who chairs the trust,"). Coreference asks only when
// no one met before is so titled; where nothing fits, the description stays a source of its own.

import type { Mention } from './person-mentions';

/** Paragraphs before and after the description's own within which the role's holder is looked for. */
const REACH = 2;

/** Words that make a role another one than its noun alone: a "vice chair" is not "the chair". */
const RANK = /^(?:vice|deputy|assistant|associate|acting|interim|former|ex|co|under|sub)$/;

/** "Ruth Okafor, who chairs …", "…, who has long headed …": the verb of the relative clause after a name. */
const WHO_VERB = /^,\s+who\s+(?:(?:has|had|now|still|also|currently|once)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

export interface RoleDescription {
  start: number;
  end: number;
  /** The role noun, lower case ("chair"). */
  head: string;
  /** The words before it, as the description gives them. */
  modifiers: readonly string[];
}

/**
 * The mention of the person nearest the description (before it first, then after it) whom the
 * article gives the description's role, or null.
 */
export function roleHolderNearby(masked: string, mentions: readonly Mention[], d: RoleDescription, block: number): Mention | null {
  const rank = rankOf(d.modifiers.map((m) => m.toLowerCase()));
  // ("The Vermont senator" is not "Senator Chuck Schumer of New York": the capitalised words that say
  // which one are among the person's titles or right after the name.)
  const which = d.modifiers.filter((m) => /^\p{Lu}/u.test(m)).map((m) => m.toLowerCase());
  const holds = (m: Mention) => {
    if (!m.person) return false;
    const after = masked.slice(m.end, m.end + 60);
    const about = `${m.roleWords} ${m.apposedRole} ${after.toLowerCase()}`;
    return which.every((w) => about.includes(w))
      && ([m.roleWords, m.apposedRole].some((role) => role && namesRole(role, d.head, rank)) || actsAs(after, d.head));
  };
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.start >= d.start || m.block > block) continue;
    if (m.block < block - REACH) break;
    if (holds(m)) return m;
  }
  for (const m of mentions) {
    if (m.start < d.end || m.block < block) continue;
    // ("According to the officer, Tom Varga, 45, had been drinking": a name right after the description
    // opens what the description's holder says; it is no apposition to it.)
    if (/^[\s,]*$/.test(masked.slice(d.end, m.start))) continue;
    if (m.block > block + REACH) break;
    if (holds(m)) return m;
  }
  return null;
}

/** The role's noun is `head` ("council chair", "chair of the trust", "trust's chair"), of the same rank. */
function namesRole(role: string, head: string, rank: string): boolean {
  const words = role.split(/\s+/);
  const of = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|in|with|to|from|on)$/.test(w));
  const noun = of > 0 ? of - 1 : words.length - 1;
  return words[noun] === head && rankOf(words.slice(0, noun)) === rank;
}

function rankOf(words: readonly string[]): string {
  return words.flatMap((w) => w.split('-')).filter((w) => RANK.test(w)).sort().join(' ');
}

/**
 * A relative clause after the name whose verb is the role's: "chairs" for a chair, "heads" for a
 * head, "directs" for a director, "leads" for a leader, "founded" for a founder.
 */
function actsAs(after: string, head: string): boolean {
  const verb = WHO_VERB.exec(after)?.[1];
  if (!verb) return false;
  const base = head.replace(/(?:er|or)$/, '');
  const stems = new Set([head, base, `${base}e`]);
  return [...stems].some((s) => s.length >= 3 && (verb === `${s}s` || verb === `${s}es` || verb === `${s}ed` || verb === `${s}d`));
}
