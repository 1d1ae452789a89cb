// A content that ends on a photo's credit: "… pledged a crackdown on migrants entering the country
// AP Photo/Edgar H. Clemente", "… revealed the new brochure in October (Picture: Claudio
// Bresciani/AP)", "… to stop fossil fuel burning (Photo: Just Stop Oil/PA Wire)". A caption's credit
// follows its sentence with no stop of its own, so the content read from the caption ran on into
// it; the credit names who took the picture, no part of what anyone said. The credit is cut off, and
// a content that was nothing but a credit ("… claim (Image: Getty)") is no attribution.

import type { Scan } from '../scan';

/** "(Picture: …)", "(Image: Getty)", "(Photo credit: …)" closing the content. */
const BRACKETED = /\s*\((?:Picture|Pic|Image|Photo|Photograph|Credit|Photo\s+credit)s?\s*:[^()]{1,80}\)\s*\.?$/u;
/** "AP Photo/Edgar H. Clemente", "Reuters Pictures/Ana Lund": an agency's word, "Photo" and a slash. */
const SLASHED = /\s+(?:\p{Lu}[\p{L}&.-]*\s+)?(?:Photos?|Pictures?|Images?)\/[^/()]{1,60}$/u;
/** "Photo: Ana Lund/Getty Images": a credit with a colon after the sentence. */
const COLONED = /\s+(?:Photo|Picture|Image|Photograph)s?:\s+[^:]{1,80}$/u;

export function clipPhotoCreditTails(scan: Scan): void {
  const kept = scan.found.filter((a) => {
    if (a.direct || a.text !== scan.text.slice(a.start, a.end)) return true;
    const credit = BRACKETED.exec(a.text) ?? SLASHED.exec(a.text) ?? COLONED.exec(a.text);
    if (!credit) return true;
    let end = a.start + credit.index;
    while (end > a.start && /[\s,;:\u2014\u2013-]/.test(scan.text[end - 1]!)) end--;
    if (end <= a.start) return false;
    a.end = end;
    a.text = scan.text.slice(a.start, end);
    return true;
  });
  scan.found.splice(0, scan.found.length, ...kept);
}
