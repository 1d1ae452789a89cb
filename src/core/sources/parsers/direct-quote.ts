// Direct quotations with their cue: after the quote ("“…,” he said", "“…,” said Jones"),
// before it ("Jones said, “…”", "Jones said: “…”", "described it as “…”"), or inside a sentence
// it interrupts ("“…,” he said, “…”": each quoted passage is a quote of its own, as the fact
// sheet's guidelines count them, both with that cue), or after a cue that opens the sentence ("Said
// Berg, a neighbour, “…”", fronted-cue-quote.ts). Fragments and titles count only as the
// complement of a cue; a fragment inside a reported sentence belongs to that sentence (the
// indirect parser). A quotation a document reads ("“…,” read the email") is written-quote.ts's.

import { isSubordinatorBeforeQuote } from '../subordinator-before-quote';
import { isAsideThenThat } from '../aside-then-that';
import { isThatClauseBeforeQuote } from '../that-clause-before-quote';
import { openingSubject, subjectAfter, subjectBefore, type Subject } from '../clause';
import { coordinatedClauseSubject } from '../coordinated-clause-subject';
import { afterCoordinator } from '../coordinated-lead';
import { NAMING_CUES, PARTICIPLE_CUES } from '../lexicon';
import type { Attribution } from '../model';
import { isFragment, isTitle, MASK, wordCount, type QuoteRegion } from '../quote-spans';
import { quotedAttribution } from '../quoted-attribution';
import { cuesIn, leadIn, MAX_FOUND, sentenceOf, type Cue, type Scan } from '../scan';
import { readSpeaker } from '../speaker-phrase';
import { mainClauseSubject, SPEECH_PARTICIPLE } from '../main-clause-subject';
import { asPutItAfterQuote, asPutItQuote } from './as-put-it';
import { nameColonQuote } from './name-colon-quote';
import { namingRelativeQuote } from './naming-relative';
import { writtenQuote } from './written-quote';
import { mannerQuote } from './manner-quote';
import { colonVerbQuote } from './colon-verb-quote';
import { spokenObjectQuote } from './spoken-object-colon';
import { lastFoundBetween } from '../found-between';
import { reportingAsideSpeaker } from '../reporting-aside';
import { invertedSpeakerThenQuote } from '../inverted-then-quote';
import { isAdjunctAside } from '../adjunct-before-quote';
import { frontedCueQuote } from './fronted-cue-quote';
import { passiveNamingAgent } from '../passive-naming';
import { describedCoordinatedSubject } from '../described-coordinated-subject';

const EXTRACTOR = 'sources/direct-quote';
// (Invisible direction and zero-width marks before the quotation count as spaces.)
const LEAD_IN = /^[\s,\u2014\u2013\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF-]*$/;
// A parenthesis may open the sentence the quotation opens: "(“…,” said one activist.)".
const PARENTHESIS_LEAD = /^\s*\(\s*$/;
// Between the cue and its quotation: nothing, "that", a short object before "that" ("told Fox
// that"), or an adjunct closed by a comma or colon ("said during a rally in Kenansville, N.C.,").
const BEFORE_OK = /^\s*[,:]?\s*$|^(?:\s+[^\s\uE000,:]+){0,3}?\s+that\s*$|^(?:\s+[^\s\uE000,:]+,?){1,12}?\s*[,:]\s*$/;
const NAMING_OK = /^(?:\s+[^\s\uE000]+){0,7}?\s+as\s*$|^(?:\s+[^\s\uE000]+){1,4}\s*$/;
// A naming cue right after an article or a possessive is the noun ("during a call to NBC's “Meet
// the Press”", "his calling as a “healer”"): it names nothing, and the quotation after it is a title
// or a phrase of the narration.
const NOUN_BEFORE_NAMING = /(?:^|[^\p{L}'\u2019-])(?:a|an|the|his|her|their|its|our|my|your|each|every|another)\s+$/iu;

export function parseDirectQuotes(scan: Scan): void {
  scan.regions.forEach((region, i) => {
    if (scan.found.length >= MAX_FOUND || scan.usedRegions.has(region)) return;
    if (isTitle(scan.text, region)) return;
    const after = cueAfter(scan, region);
    // (A name and a colon before a cue: "Pollsters agree - Ada Lind: “…”" is Lind's, whatever the
    // roundup's heading says before her name.)
    const attribution = after ?? asPutItQuote(scan, region) ?? asPutItAfterQuote(scan, region) ?? namingRelativeQuote(scan, region) ?? frontedCueQuote(scan, region) ?? nameColonQuote(scan, region) ?? cueBefore(scan, region) ?? cueAcrossBlocks(scan, region) ?? signedQuote(scan, region) ?? colonQuote(scan, region)
      ?? writtenQuote(scan, region) ?? mannerQuote(scan, region) ?? colonVerbQuote(scan, region) ?? spokenObjectQuote(scan, region);
    if (!attribution) return;
    scan.usedRegions.add(region);
    scan.found.push(attribution);
    const rest = after ? secondHalf(scan, region, scan.regions[i + 1], attribution) : null;
    if (rest) {
      // The sentence the cue interrupts goes on in the next passage, with the same speaker (even
      // past an aside that the cue-before rule would not read: "Tester said, referring to …, “…”").
      scan.usedRegions.add(rest);
      const text = scan.text.slice(rest.innerStart, rest.innerEnd).replace(/[,;:]$/, '');
      scan.found.push({ ...attribution, start: rest.innerStart, end: rest.innerEnd, text });
    }
  });
}

// Between the halves of an interrupted quotation: its cue and speaker, perhaps an adjunct
// ("“…,” Tester said, referring to the excuse, “…”"), then a comma; no sentence ends there.
const INTERRUPTION = /^[^\uE000.!?;]{1,160},\s*$/;

/**
 * "“Every time you say that,” he said, “you give them ammunition.”": the quotation after the cue
 * goes on with the same sentence. Not after a full stop ("“…,” he said. “…”": a passage of its
 * own), nor when a second cue comes between ("he said, adding, “…”": a statement of its own).
 */
function secondHalf(scan: Scan, region: QuoteRegion, next: QuoteRegion | undefined, first: Attribution): QuoteRegion | null {
  if (!next || next.block !== region.block || region.terminal || first.cueStart < region.end) return null;
  if (!INTERRUPTION.test(scan.masked.slice(region.end, next.start))) return null;
  if (sentenceOf(scan, region.block, next.start) !== sentenceOf(scan, region.block, region.start)) return null;
  if (cuesIn(scan, { start: region.end, end: next.start }).length !== 1 || isTitle(scan.text, next)) return null;
  return next;
}

function make(scan: Scan, region: QuoteRegion, cue: Cue, subject: Subject, confidence: number): Attribution {
  scan.usedCues.add(cue.start);
  return quotedAttribution(scan.text, region, { cue: cue.word, cueStart: cue.start, speaker: subject.speaker, extractor: EXTRACTOR, confidence });
}

/** "“…,” he said." — the quotation must open its sentence, or follow another quotation. */
function cueAfter(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence) return null;
  const lead = leadIn(scan, sentence.start, region.start);
  if (lead === null) return null;
  const opensClause = LEAD_IN.test(lead) || PARENTHESIS_LEAD.test(lead) || /\uE000[\s,]*$/.test(lead) || /:\s*$/.test(lead);
  if (!opensClause) return null;
  // (Far enough for a long apposition: "“…,” Trump, the GOP frontrunner nationally and … primaries, said".)
  const limit = Math.min(sentence.end, region.end + 260);
  const cue = cuesIn(scan, { start: region.end, end: limit })[0];
  if (!cue) return region.terminal ? cueInNextSentence(scan, region) : null;
  const between = scan.masked.slice(region.end, cue.start);
  if (between.includes(MASK)) return null;
  const subject = LEAD_IN.test(between)
    ? subjectAfter(scan.masked, cue.end, sentence.end)
    : subjectBefore(scan.masked, region.end, cue.start);
  if (!subject) return null;
  // "“We are horrified” by the shooting, Nefzi said": words of the sentence after the quotation go
  // with it; the statement is the whole sentence before the speaker, the reporting-verb parser's
  // (the quotation is claimed, so that no other rule reads it alone).
  if (!LEAD_IN.test(between) && wordCount(scan.masked.slice(region.end, subject.phraseStart), 2) >= 2 && /,\s*$/.test(scan.masked.slice(region.end, subject.phraseStart))) {
    scan.usedRegions.add(region);
    return null;
  }
  // A fragment must stand alone before its cue ("“Never,” she said"), not open a longer sentence.
  if (isFragment(scan.text, region) && !LEAD_IN.test(lead) && !PARENTHESIS_LEAD.test(lead)) return null;
  return make(scan, region, cue, subject, 0.95);
}

// "Trump said." / "said Jones, a lawyer." — a short sentence that is only the attribution.
const TITLE_ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Rev|Prof|St|Jr|Sr|[A-Z])\./g;
const BARE_ATTRIBUTION = /^[^\uE000.!?]{0,120}[.!?]?\s*$/;
// A prepositional phrase or an adverbial clause right after the cue says when, where or of whom
// the words were said; it reports nothing of its own (unless a "that" clause follows).
const ADJUNCT_AFTER_CUE = /^\s+(?:of|about|in|on|at|during|after|before|as|when|while|to|from|with)\s(?![^]*\bthat\b)/i;
// A comma right after the cue closes the attribution: what follows is an aside on the quotation,
// not the cue's object ("Lund asked, pointing at the map.", "Lund declared, a line she repeats …").
const ASIDE_AFTER_CUE = /^\s*,\s/;
// A short adjunct, then a comma: "Trump said of Apple in February, when the company balked at …".
// What follows the comma is an adverbial clause on the occasion, however long the sentence runs.
const ADJUNCT_THEN_COMMA = /^\s+(?:of|about|in|on|at|during|after|before|to|from|with)\s(?:(?!that\b)[^\s\uE000,.!?;:]+\s){0,6}?(?!that\b)[^\s\uE000,.!?;:]+,\s(?!that\b)/i;

/**
 * "“Who do they think they are?” Trump said." — a quotation that ends with its own mark, then a
 * capitalised speaker: the sentence splitter cut there, but the next sentence is only its attribution.
 */
function cueInNextSentence(scan: Scan, region: QuoteRegion): Attribution | null {
  const next = sentenceOf(scan, region.block, region.end + 1);
  if (!next || next.start < region.end || next.start - region.end > 3) return null;
  const cue = cuesIn(scan, next)[0];
  if (!cue || cue.start - next.start > 80) return null;
  // (An aside after the cue may quote a title of its own: "…, alluding to his role in “The Ward.”")
  // ("He said, twice, that …": the cue's own clause after a short aside, aside-then-that.ts.)
  if (isAsideThenThat(scan.masked.slice(cue.end, next.end))) return null;
  const aside = ASIDE_AFTER_CUE.test(scan.masked.slice(cue.end, next.end));
  const adjunct = aside ? null : ADJUNCT_THEN_COMMA.exec(scan.masked.slice(cue.end, next.end));
  const bare = scan.masked.slice(next.start, aside ? cue.end : adjunct ? cue.end + adjunct[0].length : next.end).replace(TITLE_ABBREVIATION, '');
  if (!BARE_ATTRIBUTION.test(bare)) return null;
  const inverted = !scan.masked.slice(next.start, cue.start).trim();
  const subject = inverted ? subjectAfter(scan.masked, cue.end, next.end) : subjectBefore(scan.masked, next.start, cue.start);
  if (!subject || (!inverted && subject.phraseStart !== next.start)) return null;
  // Nothing but adjuncts or an aside after the cue: "Trump said Tuesday.", "Trump said of Apple in
  // February, when …", "Ek said as he opened the vote.", "Ek asked, smiling at the crowd.", not
  // "Trump said the talks failed."
  const afterCue = scan.masked.slice(cue.end, next.end);
  if (!inverted && !ADJUNCT_AFTER_CUE.test(afterCue) && !aside && !adjunct && /\s(?:that|the|a|an|he|she|they|it|we|i)\s/i.test(afterCue)) return null;
  return make(scan, region, cue, subject, 0.9);
}

/** "Jones said, “…”" / "Jones said: “…”" / "Jones described it as “…”". */
function cueBefore(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  const from = Math.max(sentence.start, region.start - 300);
  const cues = cuesIn(scan, { start: from, end: region.start });
  const cue = cues[cues.length - 1];
  if (!cue) return null;
  const between = scan.masked.slice(cue.end, region.start);
  if (between.includes(MASK)) return null;
  // ("… report such issues to police, no evidence can be given because, “…”": the quotation completes the
  // "because" clause, not the cue's, subordinator-before-quote.ts.)
  if (isSubordinatorBeforeQuote(between)) return null;
  // ("said that after ten years of delay, “…”": the quotation closes a reported clause the writer
  // opened, and the indirect reading takes the whole, that-clause-before-quote.ts.)
  if (isThatClauseBeforeQuote(between)) return null;
  const naming = NAMING_CUES.has(cue.word);
  if (naming && NOUN_BEFORE_NAMING.test(scan.masked.slice(Math.max(sentence.start, cue.start - 12), cue.start))) return null;
  // ("said, in a speech on Monday, “…”", "said, however, “…”": an aside between commas, adjunct-before-quote.ts.)
  if (!(naming ? NAMING_OK.test(between) : BEFORE_OK.test(between) || isAdjunctAside(between))) return null;
  // "called it a “temporary” closure": a quoted word inside a noun phrase is a scare quote.
  if (naming && /^\s+[\p{Ll}\d]/u.test(scan.masked.slice(region.end, region.end + 3)) && !/[,.;!?]$/.test(scan.text.slice(region.innerStart, region.innerEnd))) return null;
  if (!naming && isFragment(scan.text, region) && !/[,:]\s*$/.test(between)) return null;
  // "said that “…” against what …": a quotation inside reported speech; the indirect parser takes the whole.
  // (Not after a comma when the quotation opens on a capital: "Thiel said, “I am proud …” — the first
  // to …" quotes whole sentences, and what follows the quotation is an aside, not its clause.)
  if (!naming && !/:\s*$/.test(between) && !opensWholeSentence(scan, region, between) && !closesBeforeConjunction(scan, region) && /[\p{L}\d]+\s+[\p{L}\d]+/u.test(scan.masked.slice(region.end, Math.min(sentence.end, region.end + 300)).split(/,\s*(?:he|she|they|it|[A-Z][\w.'\u2019-]*)\s+(?:said|says|added|told)/)[0]!)) return null;
  // ("Bush attacked Trump, with whom he clashed …, calling him a “loser.”": a participle after a
  // comma shares the sentence's opening subject, not the object phrase right before it.)
  const participle = PARTICIPLE_CUES.has(cue.word) && /,\s*$/.test(scan.masked.slice(sentence.start, cue.start));
  // ("Gore backed the plan while adding …, “…”", "… rallied supporters by warning, “…”": a participle
  // after a subordinator shares the main clause's subject; the words right before it are that
  // clause's predicate, never a speaker.)
  if (PARTICIPLE_CUES.has(cue.word) && SUBORDINATOR_BEFORE.test(scan.masked.slice(Math.max(sentence.start, cue.start - 12), cue.start))) {
    const main = openingSubject(scan.masked, sentence.start, cue.start) ?? speakerOfSentence(scan, sentence.start, cue.start)
      ?? (SPEECH_PARTICIPLE.test(cue.word) ? mainClauseSubject(scan.masked, sentence.start, cue.start, true) : null);
    return main ? make(scan, region, cue, main, 0.9) : null;
  }
  // ("…, says Lund of the harbour board, “…”": the inverted speaker goes on, inverted-then-quote.ts.)
  // (The cue stays free: the words before it are Lund's too, read by the reporting-verb parser.)
  const inverted = invertedSpeakerThenQuote(scan.masked, sentence.start, cue, region.start);
  if (inverted) return quotedAttribution(scan.text, region, { cue: cue.word, cueStart: cue.start, speaker: inverted.speaker, extractor: EXTRACTOR, confidence: 0.9 });
  // ("Lund is described in the complaint as “…”": a passive naming cue, the agent's or the document's words, passive-naming.ts.)
  if (naming) {
    const passive = passiveNamingAgent(scan.masked, cue.start, cue.end, region.start);
    if (passive) return passive.agent ? make(scan, region, cue, { speaker: passive.agent, phraseStart: passive.agent.start }, 0.9) : null;
  }
  // ("…, Lund said, adding, “…”": after a reporting aside, the aside's speaker.)
  const subject = (participle ? reportingAsideSpeaker(scan.masked, sentence.start, cue.start) ?? openingSubject(scan.masked, sentence.start, cue.start) : null)
    ?? subjectBefore(scan.masked, sentence.start, cue.start) ?? speakerOfSentence(scan, sentence.start, cue.start)
    // ("Ms. Grant laughed and said, “…”": a verb of saying coordinated after another verb shares its subject.)
    // (Only with the quotation right after the cue, or after a short adjunct and its comma, "and said in
    // a text, “…”": "and said she has …: “…”" is a statement of its own.)
    ?? (!PARTICIPLE_CUES.has(cue.word) && (/^[\s,:]*$/.test(between) || MEDIUM_ADJUNCT.test(between)) && (afterCoordinator(scan.masked.slice(Math.max(sentence.start, cue.start - 16), cue.start), scan.masked, sentence.start, cue.start) || THEN_BEFORE.test(scan.masked.slice(Math.max(sentence.start, cue.start - 24), cue.start)))
      ? coordinatedClauseSubject(scan.masked, sentence, cue.start) ?? openingSubject(scan.masked, sentence.start, cue.start)
        ?? describedCoordinatedSubject(scan.masked, sentence.start, cue.start) : null)
    // "Clinton posted a comment, saying, “…”": the participle shares the sentence's subject.
    ?? (PARTICIPLE_CUES.has(cue.word) && /,\s*$/.test(scan.masked.slice(sentence.start, cue.start)) ? openingSubject(scan.masked, sentence.start, cue.start)
      // ("The billionaire businessman began …, saying, “…”": a description or an opening adverbial the name reader refuses.)
      ?? (SPEECH_PARTICIPLE.test(cue.word) ? mainClauseSubject(scan.masked, sentence.start, cue.start, true) : null) : null);
  if (!subject) return null;
  return make(scan, region, cue, subject, 0.9);
}

/** "in a text, ", "by phone, ", "on Twitter, ": a short adjunct of medium or occasion, then its comma. */
const MEDIUM_ADJUNCT = /^\s+(?:in|on|by|over|via|during|at)\s+[^\s\uE000,:;.]+(?:\s+[^\s\uE000,:;.]+){0,3},\s*$/;
/** "shook his head, then said, “…”", "then loudly asked": "then" alone joins the two verbs too. */
const THEN_BEFORE = /(?:^|[\s,])then\s+(?:\w+ly\s+)?$/;
/** A subordinator right before a participle cue: "while adding", "by warning", "after saying". */
const SUBORDINATOR_BEFORE = /\b(?:while|when|after|before|since|without|by)\s+$/;

/**
 * "said, “I am proud …” — the first to …", "said, “We’ll see,” when asked …": after a comma, a
 * quotation that opens on a capital and closes on its own stop or comma, or before a dash, is a
 * sentence of its own; what follows is an aside. (Not
 * "said, “Of course he will defend himself” against what …": the reporter's clause runs on through it.)
 */
function opensWholeSentence(scan: Scan, region: QuoteRegion, between: string): boolean {
  if (!/,\s*$/.test(between) || !WHOLE_SENTENCE_OPENING.test(scan.text.slice(region.innerStart, region.innerStart + 3))) return false;
  if (/[.!?,]$/.test(scan.text.slice(region.innerStart, region.innerEnd)) || DASH_AFTER.test(scan.masked.slice(region.end, region.end + 4))) return true;
  // ("tweeted, “Thank you Ohio! #Lind2016” on Friday afternoon.": a post that ends on a tag, not a
  // stop, then only when it was said: the sentence's own clause ended at the cue.)
  const sentence = sentenceOf(scan, region.block, region.start);
  return !!sentence && TIME_ADJUNCT_TO_END.test(scan.masked.slice(region.end, sentence.end));
}
// A short adjunct of time that ends the sentence: "on Friday afternoon.", "late Tuesday.", "this week."
const TIME_ADJUNCT_TO_END = /^\s+(?:(?:on|during|late|early|earlier|later|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|afternoon|evening|week|weekend|month|year)(?:\s+(?:morning|afternoon|evening|night))?\s*[.!?]?\s*$/;
// (A capital, "I" included: "said, “I will …”". A lower-case opening is a fragment of the reporter's sentence.)
const WHOLE_SENTENCE_OPENING = /^\s*\p{Lu}/u;
const DASH_AFTER = /^\s*[\u2014\u2013-]/;

/**
 * "…, saying, “We never said that,” but he denied …": a quotation that closes on its own comma
 * before a conjunction is a whole passage; the clause after it is the sentence's next one.
 */
function closesBeforeConjunction(scan: Scan, region: QuoteRegion): boolean {
  return /,$/.test(scan.text.slice(region.innerStart, region.innerEnd)) && /^\s+(?:but|and|while|although|though)\s/.test(scan.masked.slice(region.end, region.end + 12));
}

/** A participle cue ("…, adding: “…”") takes the speaker already found in its sentence. */
function speakerOfSentence(scan: Scan, from: number, to: number): Subject | null {
  // "“…,” said an Iowa Democrat, “…”": the cue the first half took (at `to`) speaks for the second.
  const a = lastFoundBetween(scan, from, to + 1);
  return a ? { speaker: a.speaker!, phraseStart: a.speaker!.start } : null;
}

/** "Jones said:" ending one paragraph, the quotation opening the next. */
function cueAcrossBlocks(scan: Scan, region: QuoteRegion): Attribution | null {
  const block = scan.blocks[region.block];
  if (!block || region.start !== block.start || region.block === 0) return null;
  const prev = scan.blocks[region.block - 1]!;
  const tail = scan.masked.slice(Math.max(prev.start, prev.end - 300), prev.end);
  if (!/:\s*$/.test(tail)) return null;
  const sentences = scan.sentences[region.block - 1] ?? [];
  const last = sentences[sentences.length - 1];
  if (!last) return null;
  const cues = cuesIn(scan, last);
  const cue = cues[cues.length - 1];
  if (!cue || !/^[^\uE000]{0,120}:\s*$/.test(scan.masked.slice(cue.end, prev.end))) return null;
  const subject = subjectBefore(scan.masked, last.start, cue.start);
  if (!subject) return null;
  return make(scan, region, cue, subject, 0.85);
}

// The signature ends its line or runs up to the next quotation: vox-pop lists often put one
// quotation a line in a single block.
const SIGNATURE = /^[ \t\u00A0]*[\u2015\u2014\u2013-]+[ \t\u00A0]*([^\uE000\n]{2,80}?)[ \t\u00A0]*[.,]?[ \t\u00A0]*(?:\n|$|(?=\uE000))/;

/** A quotation signed with a dash, vox-pop style: "“…” ― Maria Lopez". */
function signedQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const block = scan.blocks[region.block];
  if (!block) return null;
  // A vox-pop quotation is a sentence standing alone: not a title in a list ("“Lights” – Ada Holm"),
  // nor the end of a clause with a credit after it ("said the ferry was “still the best way to
  // cross.”--Piet Lund", a brief's author line).
  if (!region.terminal && wordCount(scan.text.slice(region.innerStart, region.innerEnd), 4) < 4) return null;
  if (/(?<![\p{L}'\u2019.-])\p{Ll}[\p{L}'\u2019-]*[\s,]*$/u.test(scan.masked.slice(Math.max(block.start, region.start - 40), region.start))) return null;
  const m = SIGNATURE.exec(scan.masked.slice(region.end, Math.min(block.end, region.end + 100)));
  if (!m) return null;
  const start = region.end + m[0].indexOf(m[1]!);
  const speaker = readSpeaker(scan.masked, start, start + m[1]!.length);
  if (!speaker || speaker.form !== 'name') return null;
  const dash = scan.masked.slice(region.end, start).trim();
  return make(scan, region, { start: region.end, end: start, word: dash }, { speaker, phraseStart: start }, 0.8);
}

const COLON_VERB = /^\s+(?:\p{Ll}[\p{Ll}'\u2019-]*\s+){0,3}\p{Ll}[\p{Ll}'\u2019-]*\s*:\s*$/u;

/**
 * "Trump boomed: “Let’s win.”", "Mr. Smith shot back: ''That would be good.''": a sentence whose
 * subject is a person and whose words end in a colon introduces the quotation, whatever its verb.
 */
function colonQuote(scan: Scan, region: QuoteRegion): Attribution | null {
  const sentence = sentenceOf(scan, region.block, region.start);
  if (!sentence || region.start <= sentence.start) return null;
  // The length first: a sentence of a thousand quotation marks must not be scanned once for each.
  if (region.start - sentence.start > 160) return null;
  const lead = scan.masked.slice(sentence.start, region.start);
  if (!/:\s*$/.test(lead) || lead.includes(MASK)) return null;
  const subject = openingSubject(scan.masked, sentence.start, region.start);
  if (!subject || (subject.speaker.form === 'name' && subject.speaker.kind !== 'person')) return null;
  // A short verb phrase must follow the subject ("Trump boomed:", "Smith shot back:"): not a label
  // ("Trump:"), nor a clause naming someone else ("Jones said Smith told her:").
  if (!COLON_VERB.test(scan.masked.slice(subject.speaker.end, region.start))) return null;
  const colon = sentence.start + lead.lastIndexOf(':');
  return make(scan, region, { start: colon, end: colon + 1, word: ':' }, subject, 0.7);
}
