// The occasion of a statement, standing between its subject and the verb: "The port authority in a
// statement said …", "Ola Vik in an interview said …", "The ministry on Twitter said …". It tells
// where the words were said, as "on Monday" tells when; it is no part of who said them. (With
// commas, "The authority, in a statement, said", it is an aside the subject reader already skips.)
//
// Only a medium or an event of saying after "in/on/during/via/through" and "a/an" or a possessive
// ("in a joint statement", "in his speech", "during a news conference"), or a platform after "on"
// ("on Twitter", "on social media"): "the woman in the video said" or "the man in a red coat
// said" keep their phrase, which tells which person.

/** A medium or event of saying, lower case, its last word. */
const OCCASION_NOUN = String.raw`(?:statement|statements|interview|interviews|letter|speech|address|email|e-mail|tweet|tweets|post|posting|message|release|conference|briefing|call|memo|op-ed|column|essay|filing|testimony|podcast|broadcast|remarks|appearance|note|video|livestream|blog|editorial|announcement|communique|communiqu\u00e9)`;
/**
 * Right before the verb (after any adverbs the caller skipped): a preposition, an article or a
 * possessive, up to two modifiers ("written", "joint", "Facebook", "news"), the noun; or "on" and a
 * platform.
 */
const OCCASION_END = new RegExp(String.raw`\s(?:(?:in|during|via|through|on)\s+(?:a|an|his|her|its|their|our)\s+(?:[\p{L}-]+\s+){0,2}?${OCCASION_NOUN}|on\s+(?:Twitter|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|YouTube|Telegram|X|social\s+media))\s*$`, 'u');

/** Things that are themselves on a platform: "Videos on social media showed …" keep their place. */
const SHOWN_THINGS = /(?:^|\s)(?:videos?|photos?|pictures?|images?|footage|posts?|comments?|messages?|clips?|screenshots?|accounts?|users?)\s+on\s+\S+(?:\s+media)?\s*$/i;

/** Where the subject ends when an occasion stands right before `end` ("Vik in a statement| said"), or -1. */
export function occasionStart(masked: string, lo: number, end: number): number {
  const from = Math.max(lo, end - 80);
  const m = OCCASION_END.exec(masked.slice(from, end));
  if (!m || SHOWN_THINGS.test(masked.slice(Math.max(lo, end - 40), end))) return -1;
  return from + m.index;
}
