// The terms on which a source spoke are no part of what it said: "The ferry will be sold, two
// officials said, speaking on condition of anonymity because the talks are private", "A clerk
// confirmed the sale on the condition of anonymity", "A harbour official, who requested anonymity to
// discuss the talks, said …". The content ran on into the terms, or was nothing but them ("told: on
// the condition of anonymity as they were not authorized …", "requested: anonymity to discuss …").
// The terms, and the reason that follows them, are cut off; a content that is only the terms, or
// the anonymity asked for, is no attribution. (The purpose after "anonymity to" as a cue of its own
// is anonymity-purpose.ts.)

import type { Scan } from '../scan';

/** "(speaking) on/under (the) condition(s) of anonymity …" and all after it. */
const TERMS = /(?:^|[\s,;]+)(?:(?:speaking|talking)\s+)?(?:only\s+)?(?:on|under)\s+(?:the\s+)?conditions?\s+of\s+anonymity\b.*$/isu;
/** The anonymity asked for or granted as the whole object ("requested anonymity to …", "asking for anonymity"), or the terms alone ("remarks on the condition of anonymity"). */
const ASKED_ANONYMITY = /^(?:for\s+|the\s+)?(?:conditions?\s+of\s+)?anonymity\b/i;

export function clipAnonymityTerms(scan: Scan): void {
  const kept = scan.found.filter((a) => {
    if (a.direct) return true;
    if (ASKED_ANONYMITY.test(a.text)) return false;
    const terms = TERMS.exec(a.text);
    if (!terms) return true;
    const tail = a.text.slice(terms.index);
    // (A content joined from two pieces is cut only where the terms lie in its last piece.)
    if (scan.text.slice(a.end - tail.length, a.end) !== tail) return true;
    let end = a.end - tail.length;
    while (end > a.start && /[\s,;:\u2014\u2013-]/.test(scan.text[end - 1]!)) end--;
    if (end <= a.start || !a.text.slice(0, terms.index).trim()) return false;
    a.text = a.text.slice(0, terms.index).replace(/[\s,;:\u2014\u2013-]+$/u, '');
    a.end = end;
    return true;
  });
  scan.found.splice(0, scan.found.length, ...kept);
}
