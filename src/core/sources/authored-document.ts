// A statement handed out as a document, its participle right after it: "The council issued a
// statement Monday saying the vote was fair", "Her office put out a statement saying …", "Forty
// scientists signed an open letter urging …", "The firm sent a letter to regulators calling …".
// The document says what the participle governs, and its author is the subject of the verb that
// handed it out, as in "The council issued a statement, saying …" with its comma, which the
// reporting-verb reader already reads as the subject's. Without the comma the participle hangs on
// the noun, and the reader took no speaker for it. A relative clause on the document ("issued a
// statement that said …", "sent a letter which warned …") says the same, and is the issuer's too,
// not the relative reader's, which has no subject of its own to give it.
//
// Only a verb of issuing (a closed class: "issued", "released", "put out", "sent", "posted",
// "published", "signed") with a document authored whole ("statement", "letter", "memo", "tweet",
// "ad"), a determiner or a plural, up to three modifiers, then a time ("Monday", "this week") or
// one short phrase of whom or where ("to lawmakers", "on Facebook"). Not a finding ("a poll
// showing …", document-participle.ts: the poll is the source) and not the document as a phrase's
// object ("in a statement saying", "the letter calling …": no verb of issuing before it).

/** A verb of issuing a document, finite or a participle after "has", "to": its last word, and a particle. */
const ISSUING_VERB = String.raw`(?:issu(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|(?:put|puts|putting)\s+out|(?:send|sends|sent|sending)(?:\s+out)?|post(?:s|ed|ing)?|publish(?:es|ed|ing)?|sign(?:s|ed|ing)?|circulat(?:e|es|ed|ing)|distribut(?:e|es|ed|ing)|fil(?:e|es|ed|ing)|pen(?:s|ned|ning)|draft(?:s|ed|ing)?|unveil(?:s|ed|ing)?|(?:run|runs|ran|running)|air(?:s|ed|ing)?|plac(?:e|es|ed|ing)|tweet(?:s|ed|ing)?)`;
/** A document one authors whole, singular or plural. */
const AUTHORED_NOUN = String.raw`(?:statements?|letters?|memos?|memorandums?|notes?|tweets?|posts?|messages?|e-?mails?|releases?|videos?|ads?|advertisements?|commercials?|op-eds?|editorials?|columns?|petitions?|resolutions?|complaints?|lawsuits?|motions?|filings?|briefs?|communiqu(?:e|\u00e9)s?|declarations?|proclamations?|ultimatums?|notices?|bulletins?|advisor(?:y|ies)|alerts?|warnings?)`;
/** A determiner or a possessive before the document; a plural may go without ("ran ads calling …"). */
const DETERMINER = String.raw`(?:a|an|the|its|his|her|their|our|two|three|several|new|another)`;
/** Up to three modifiers of the noun: "a joint", "an open", "a two-page", "national newspaper". */
const MODIFIERS = String.raw`(?:[\p{L}\d-]+\s+){0,3}?`;
/** What may stand between the noun and the participle: a time, or one short phrase of whom or where. */
const AFTER_NOUN = String.raw`(?:\s+(?:on\s+)?(?:(?:late|early)\s+)?\p{Lu}\p{Ll}+day(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:this|last|earlier\s+this)\s+(?:week|month|year|morning|afternoon|evening)|\s+(?:earlier|late|recently|today|yesterday|overnight)|\s+(?:to|on|via|through|with)\s+(?:[\p{L}\d.'\u2019&-]+\s+){0,3}?[\p{L}\d.'\u2019&-]+)?`;

const ISSUED_DOCUMENT = String.raw`(?<![\p{L}'\u2019-])${ISSUING_VERB}\s+(?:${DETERMINER}\s+${MODIFIERS}${AUTHORED_NOUN}|${MODIFIERS}${AUTHORED_NOUN}(?<=s))${AFTER_NOUN}`;
/** Right before a participle: "issued a statement Monday | saying". */
const ISSUED_DOCUMENT_END = new RegExp(String.raw`${ISSUED_DOCUMENT}\s+$`, 'iu');
/** Right before the verb of a relative clause on the document: "issued a statement that | said". */
const ISSUED_DOCUMENT_RELATIVE = new RegExp(String.raw`${ISSUED_DOCUMENT}\s+(?:that|which)\s+$`, 'iu');

/** How far back the verb may stand from the participle. */
const REACH = 120;

/**
 * Where the verb of issuing starts when the cue at `cueStart` is the document's: a participle that
 * hangs on it ("issued a statement Monday | saying"), or with `relative`, the verb of a relative
 * clause on it ("issued a statement that | said"); else -1. The words before the cue, in the same
 * sentence, end with the verb and the document, with no comma or other break between.
 * (The caller marks the verb used: "issued a statement …" is no position of its own.)
 */
export function issuedDocumentAt(masked: string, sentenceStart: number, cueStart: number, relative = false): number {
  const from = Math.max(sentenceStart, cueStart - REACH);
  const m = (relative ? ISSUED_DOCUMENT_RELATIVE : ISSUED_DOCUMENT_END).exec(masked.slice(from, cueStart));
  return m && !/[,;:()\u2014\u2013\uE000]/.test(m[0]) ? from + m.index : -1;
}
