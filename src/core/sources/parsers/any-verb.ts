// The loosest reading of the attitude option: a person (a name or a personal pronoun) and any
// finite verb the cue lists do not hold, with its object as the content ("Sanders pivoted to
// talk about …", "she touched on the economy"). Political-news attribution corpora annotate a long
// tail of such verbs; the fact sheet never reads them.

import { isActObject } from '../act-object';
import { isActSense } from '../act-sense';
import { subjectBefore } from '../clause';
import type { Attribution } from '../model';
import { MASK, wordCount } from '../quote-spans';
import { contentAfter, ELIDED_INFINITIVE, MAX_CONTENT, positionMatches, type Scan } from '../scan';

const EXTRACTOR = 'sources/any-verb';
// A past or present finite verb in lower case: "touched", "pivots", "gave".
const VERB = /(?<![\p{L}\p{N}'\u2019-])(\p{Ll}{3,}ed|gave|made|brought|sent|put)(?![\p{L}\p{N}'\u2019-])/gu;
/** Verbs of being, having and doing, and other words that look finite but carry no attitude.
 * (Winning and making are acts too: "captured Florida", "scored a win", "clinched the nomination",
 * "created a committee", "changed her name"; PolNeAR train annotates none of 17 such readings.) */
const NOT_A_CUE = /^(?:is|was|has|does|goes|seems|appears|becomes|became|remains|remained|includes|included|contains|comes|came|went|gets|got|lives|lived|died|happens|happened|works|worked|runs|ran|plays|played|uses|used|needs|needed|means|meant|costs|lasts|lasted|began|begins|started|starts|ended|ends|stayed|stays|moved|moves|returned|returns|arrived|arrives|served|serves|owns|owned|earned|earns|raised|raises|paid|pays|spent|spends|lost|won|beat|grew|rose|fell|increased|decreased|declined|dropped|jumped|reached|topped|trailed|led|leads|lags|lagged|continued|continues|tried|tries|helped|helps|allowed|allows|followed|follows|joined|joins|left|leaves|entered|enters|visited|visits|traveled|travelled|stood|sat|held|holds|kept|keeps|faced|faces|received|receives|got|hits|ranks|ranked|was|were|news|times|years|days|months|weeks|hours|minutes|points|votes|states|sides|others|issues|ways|things|parts|names|words|ideas|comments|calls|plans|rules|laws|jobs|taxes|rates|bills|funds|costs|lives|crimes|voters|polls|results|numbers|series|process|access|address|progress|success|business|congress|status|campus|bonus|virus|focus|bus|plus|thus|us|always|perhaps|whereas|besides|sometimes|towards|afterwards|nevertheless|unless|ours|yours|hers|its|this|his|has|was|does|goes|less|across|cross|press|boss|loss|class|glass|miss|kiss|guess|mess|unless|seriousness|himself|herself|itself|themselves|ourselves|yourself|yourselves|myself|need|seemed|appeared|carried|finished|married|interviewed|secured|defeated|stopped|proved|picked|campaigned|looked|trailed|walked|attended|hosted|signed|filed|voted|beaten|elected|named|toured|marched|gathered|headed|landed|crossed|passed|captured|scored|clinched|created|changed)$/;
const CLAUSE_STOP = /;|,\s+(?:according\s+to|but|while|whereas|although|though|and|(?:in|at|on|for|with|during)\s+which|where|when)\b|,\s+\p{Ll}+ing\b|\s+(?:but|while|whereas|because)\s/u;
// An object of one to four words ("made some gains", "brought in a manager") is an act, not a
// position: on PolNeAR train 5 of 35 such readings were annotated (5 words and more: 1 in 3).
const MIN_WORDS = 5;
// "managed to win", "struggled to gain traction", "scrambled to organize": a verb outside the cue
// lists before a to-infinitive tells how the act went (effort, success, succession), not what the
// person wants; the verbs that take an intention this way ("plans to", "vowed to") are attitude cues.
// (Not "to the voters", "to reporters", "to re-election": a determiner, a pronoun or a noun's
// ending after "to" makes it a preposition.)
const INFINITIVE = /^\s+to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|me|us|all|some|many|any|each|every|no)\b)\p{Ll}+(?<![^s]s|ly|ing|ed|tion|ment|ness|ity|ship)(?![\p{L}-])/u;
const BROUGHT_UP = /^\s+up\b/;
const SUBORDINATE_BEFORE = /\b(?:when|while|after|before|because|since|if|that|which|as|where|whom|until|once|though|although)\s+$/i;

export function parseAnyVerbs(scan: Scan): void {
  const { masked, text } = scan;
  for (const { match: m, sentence, block } of positionMatches(scan, VERB)) {
    const word = m[1]!;
    const cueStart = sentence.start + m.index;
    if (NOT_A_CUE.test(word) || scan.usedCues.has(cueStart) || /(?:ss|us|is)$/.test(word)) continue;
    const subject = subjectBefore(masked, sentence.start, cueStart);
    if (!subject) continue;
    const s = subject.speaker;
    const person = s.form === 'name' ? s.kind === 'person' && isPersonName(scan, s.name ?? '') : s.form === 'pronoun' && /^(?:he|she|they|we|i)$/.test(s.head ?? '');
    if (!person) continue;
    // Main clauses only: "… when he visited", "… that Smith founded" describe, they do not attribute.
    if (SUBORDINATE_BEFORE.test(masked.slice(Math.max(sentence.start, s.start - 12), s.start))) continue;
    // Only the subject's own verb: nothing but an auxiliary of the perfect or an adverb between them.
    const between = masked.slice(s.end, cueStart);
    if (!/^\s+(?:(?:has|have|had)\s+)?(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+|again\s+|long\s+|since\s+|never\s+)?$/u.test(between)) continue;
    const after = cueStart + word.length;
    const rest = masked.slice(after, Math.min(sentence.end, after + MAX_CONTENT));
    if (/^\s*[,.;:!?)]/.test(rest) || !rest.trim()) continue;
    // ("… any school they wanted to, or …": an infinitive whose verb is left out has no content.)
    if (ELIDED_INFINITIVE.test(rest)) continue;
    if (INFINITIVE.test(rest)) continue;
    // "brought the crowd to its feet", "brought flowers": carrying is an act; only "brought up" raises
    // a subject ("brought up the lease again"). (Train: 7 bare "brought" extras, no find; dev 1.)
    if (word === 'brought' && !BROUGHT_UP.test(rest)) continue;
    // ("learned her first language", "wrote two novels": a stance verb's act sense, act-sense.ts,
    // holds whichever reader meets it.)
    if (isActSense(word, masked.slice(after, sentence.end))) continue;
    const [start, end] = contentAfter(scan, after, sentence.end, CLAUSE_STOP);
    const content = text.slice(start, end);
    if (wordCount(content, MIN_WORDS) < MIN_WORDS || masked.slice(start, end).split(MASK).length > content.length * 0.9) continue;
    // "hired a pilot to …", "edged Smith by a nose": an act, unless its object is a thing said or held.
    if (isActObject(content, word)) continue;
    scan.usedCues.add(cueStart);
    const attribution: Attribution = {
      start, end, text: content, direct: false, cue: word, cueStart, speaker: s, block, extractor: EXTRACTOR, confidence: 0.4, attitude: true,
    };
    scan.found.push(attribution);
  }
}

const surnamesOf = new WeakMap<Scan, Set<string>>();
// A capitalised word alone, after a sentence's start, a lower-case word or a title: a surname
// used alone ("Trump said", "said Trump", "Mr. Trump"); not after a preposition ("to Vardby" is a place).
const LONE_SURNAME = /(?:(?:^|[.!?\n])\s*|\b(?!(?:to|in|at|from|of|on|for|into|across|near|by|with|over|through|toward|towards)\s)\p{Ll}+[,:]?\s+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)(\p{Lu}[\p{Ll}'\u2019-]+)\b(?!\s+\p{Lu})/gu;
const FULL_NAME = /\b\p{Lu}[\p{Ll}]+\.?\s+(?:\p{Lu}\.\s+)?(\p{Lu}[\p{Ll}'\u2019-]+)\b/gu;

/**
 * A person's name, not a capitalised plural or a place ("Businesses", "China", "North Korea"): a
 * name the article also gives by its last word alone ("Trump" after "Donald Trump"), as a
 * reader's second mention of a person does; a place or country is repeated whole.
 */
function isPersonName(scan: Scan, name: string): boolean {
  let surnames = surnamesOf.get(scan);
  if (!surnames) {
    surnames = new Set();
    for (const m of scan.masked.matchAll(LONE_SURNAME)) surnames.add(m[1]!);
    surnamesOf.set(scan, surnames);
  }
  const words = name.trim().split(/\s+/);
  return surnames.has(words[words.length - 1]!) && (words.length > 1 || fullNames(scan).has(words[0]!));
}

const fullNamesOf = new WeakMap<Scan, Set<string>>();
function fullNames(scan: Scan): Set<string> {
  let names = fullNamesOf.get(scan);
  if (!names) {
    names = new Set();
    for (const m of scan.masked.matchAll(FULL_NAME)) names.add(m[1]!);
    fullNamesOf.set(scan, names);
  }
  return names;
}
