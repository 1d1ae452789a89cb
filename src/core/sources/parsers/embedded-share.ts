// Shares of poll respondents that speak inside a longer clause: "… an electorate in which 67
// percent of voters say …", "… is that 78 percent of voters said …", "… while 61 percent say the
// same of her", "…, as many as 40 percent of her voters said …", "…, 43 said the same for him".
// "…, with 52 percent saying …": an absolute construction's subject.
// The speaker reader refuses any share (a number is no name nor a description), and the attitude
// reader's own pattern takes a share only where it opens the sentence or follows a comma; here a
// subordinating or relative word before the share will do too, and a few more ways to say a share
// ("as many as", "three-fourths", a bare count of people).

/** Words that open a clause whose subject the share is (no comma needed before them). */
const OPENER = String.raw`(?:^|[,;:]\s*|\s(?:in\s+which|of\s+whom|among\s+whom|with|that|which|where|while|whereas|as|because|since|when|after|before|and|but|though|although|if)\s+|^\s*(?:But|And|Yet|Still|Only|Just|While|Whereas|Though|Although|When|After|As|Because|Since|If)\s+)`;
/** "only", "as many as", "at least": words that hedge a share. */
const HEDGE = String.raw`(?:(?:only|just|nearly|almost|about|roughly|around|some|more\s+than|fewer\s+than|less\s+than|over|under|another|a\s+full|a\s+mere|as\s+many\s+as|as\s+few\s+as|at\s+least|upwards\s+of|close\s+to)\s+)*`;
/** The share itself: a percentage, "six in 10", a fraction, or a count ("43", "21,000"; never a year). */
const SHARE = String.raw`(?:(?:\d+(?:\.\d+)?|\p{L}+(?:-\p{L}+)?)\s*(?:percent|per\s+cent|%)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:in|out\s+of)[\s-]+(?:\d+|four|five|ten|three)|half|a\s+(?:third|quarter|fourth|fifth)|(?:one|two|three|four)[\s-](?:thirds|quarters|fourths|fifths)|\d{1,3}(?:,\d{3})*(?![\d,]))`;
/** Whose share: "of Democrats", "of voters in a recent poll", or a plural noun ("12% of them", "43 senators"). */
const WHOSE = String.raw`(?:\s+of\s+[^,;:\uE000]{1,60}?|(?:\s+[\p{L}-]+){0,3}\s+[\p{L}-]+s)?`;

/**
 * A share of respondents ending right before a cue, the share (group 1) opened by a clause's start
 * (`^` where the lead opens at the sentence's start). A fallback for the attitude reader's pattern.
 */
const EMBEDDED_SHARE = new RegExp(`${OPENER}(${HEDGE}${SHARE}${WHOSE})\\s+$`, 'diu');
const BARE_COUNT = /^(?:[\p{L}\s]+\s)?\d[\d,]*(?:\s+of\s|\s*$)/u;
/** "9 in 10", "nine out of 10": a share of a group, whatever noun follows. */
const SHARE_OF_GROUP = /^(?:[\p{L}\s]+\s)?(?:\d+|one|two|three|four|five|six|seven|eight|nine)[\s-]+(?:in|out\s+of)[\s-]+(?:\d+|four|five|ten|three)\s/iu;
/** Verbs a bare count of people says with ("43 said …"); before another verb a count is seldom people ("11 state parties"). */
const SAYING = /^(?:say|says|said|told|tell|tells)$/;

/** The share ending `lead` (group 1, with its indices), as a clause's subject before the cue `cueWord`. */
export function embeddedShare(lead: string, cueWord: string): RegExpExecArray | null {
  const m = EMBEDDED_SHARE.exec(lead);
  if (!m) return null;
  const share = m[1]!.trim();
  // A bare count ("43", "at least 21,000", "35 of them"): only as people who say something.
  if (BARE_COUNT.test(share) && !/percent|per\s+cent|%|\sin\s|\sout\s/i.test(share)) return SAYING.test(cueWord) ? m : null;
  // ("25 other states sued", "70 super PACs focused": a count of things, not a share of people;
  // "about 9 in 10 voters" is a share.)
  if (!SHARE_OF_GROUP.test(share) && /^(?:[\p{L}\s]+\s)?\d[\d,]*\s+(?!of\s)(?!percent|per\s+cent)\p{L}/iu.test(share)) return null;
  return m;
}
