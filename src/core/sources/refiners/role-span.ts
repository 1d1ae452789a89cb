// Where a role and an affiliation end. An apposition is read up to its comma, and the words it runs
// on with are no part of the title a reader would write: a participle clause ("an internist in
// Ashford calling for reform"), a stretch of time ("editor at the Courier for nearly 20 years"),
// a second apposition joined by "and" ("director of the Lund Institute and a former mayor"). The
// affiliation is a body's name, not the portfolio of an office ("Chief of Staff", "Secretary of
// State") nor the title words after a body ("Department of Transport Acting Secretary").

import { DAY_OR_MONTH } from '../time-names';
import { NAME_TITLES, ORG_WORDS } from '../lexicon';

/**
 * A participle that opens a clause after the title ("calling for …", "tapped to lead …"): followed by
 * a preposition or an article, and not the object of a preposition ("head of marketing for …").
 * (Not one that describes the job itself: "scientist working on fires at the X Center", "lawyer
 * specialising in …" keep their body.)
 */
const PARTICIPLE_CLAUSE = /(?<!\b(?:of|for|in|at|on|with|about|by|from|to|and|or|the|a|an))\s+(?:(?!(?:working|serving|specializing|specialising|focusing|focussing|studying|researching)\s)\p{Ll}{3,}ing\s+(?:for|to|on|against|about|that|the|a|an)|\p{Ll}{3,}ed\s+to)\s.*$/u;
/** A stretch or a point of time: "for nearly 20 years", "since 2019", "on Friday", "in May". */
const TIME_TAIL = new RegExp(`\\s+(?:for\\s+(?:(?:nearly|almost|about|more\\s+than|over|some)\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+(?:years|months|decades|weeks)|since\\s+\\d{4}|(?:on|in|last|this)\\s+${DAY_OR_MONTH})\\b.*$`);
/** "… and a former mayor", "… and professor of law": a second apposition, in lower case. */
const SECOND_APPOSITION = /\s+and\s+(?!the\s)(?=\p{Ll}).*$/u;
/** Demonstratives are no part of a role: "That lawyer, Ada Lund," is a lawyer. */
const DEMONSTRATIVE = /^(?:that|this|these|those)\s+/i;

/** A role's own words: the title, without the clause, the time or the second apposition it runs on into. */
export function trimRole(role: string): string {
  const cut = role.replace(DEMONSTRATIVE, '').replace(TIME_TAIL, '').replace(PARTICIPLE_CLAUSE, '').trim();
  return cut || role;
}

/** The portfolios of offices, which name no body: "Chief of Staff", "Secretary of State", "Editor in Chief". */
const PORTFOLIO = /^(?:State|Staff|Chief)\b/;

/**
 * The affiliation itself: a body's name without a time, a clause or a second apposition after it,
 * and with the title words that followed it in the role left off ("Department of Transport Acting
 * Secretary" → "Department of Transport"). Null when what is left is an office's portfolio.
 */
export function trimAffiliation(affiliation: string): string | null {
  let cut = affiliation.replace(TIME_TAIL, '').replace(SECOND_APPOSITION, '').trim();
  const words = cut.split(/\s+/);
  let end = words.length;
  while (end > 1 && /^\p{Lu}/u.test(words[end - 1]!) && NAME_TITLES.has(words[end - 1]!.toLowerCase().replace(/\.$/, ''))) end--;
  // (Only after a body's name, and not its own last word after a link: "Center for Justice".)
  if (end < words.length && !/^(?:of|for|and|the|on|&)$/i.test(words[end - 1]!)
    && words.slice(0, end).some((w) => ORG_WORDS.has(w.toLowerCase()))) cut = words.slice(0, end).join(' ');
  if (PORTFOLIO.test(cut) || !cut) return null;
  return cut;
}

/** Office titles whose "of"/"for" names a portfolio: "Minister for Public Health", "Secretary of Defense". */
const PORTFOLIO_TITLE = /^(?:minister|secretary|chief|ministers|secretaries)$/i;

/**
 * The body a role's "of …"/"for …" names (`capture`, read by the caller): "Department of Transport
 * Acting Secretary" starts inside a body's name, which with the body's own word before "of" is the
 * whole name; after an office title with no article, "Minister for Public Health", "Secretary of
 * Defense", it is the office's portfolio and names no body (null).
 */
export function affiliationInRole(role: string, capture: string): string | null {
  const at = role.lastIndexOf(` ${capture}`);
  if (at < 0) return capture;
  const words = role.slice(0, at).split(/\s+/);
  const preposition = words.pop() ?? '';
  const before = words.pop() ?? '';
  if (/^(?:of|for)$/.test(preposition) && PORTFOLIO_TITLE.test(before)) return null;
  return preposition === 'of' && /^\p{Lu}/u.test(before) && ORG_WORDS.has(before.toLowerCase()) ? `${before} of ${capture}` : capture;
}
