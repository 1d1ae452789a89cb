// The figures step: every number that counts something, with its value, unit and what it counts.
//
//   text ──lex──▶ tokens
//     parsers   digits · number words · fraction words · multipliers · vague ──▶ atoms (deduped)
//               ratios ("one in five", "3:1") · magnitudes ("1.5 million", "$4.2bn")
//     units     money · percent · duration/age · measure · "N times" · rates ("per barrel") ──▶ quantities
//     refiners  ranges · match scores out · counted noun · qualifiers · change
//               drop: dates' spans and date-likes · ordinals/ranks · identifiers · phones/addresses · lone "one"
//               units said once for two ("84.75 cents … 74.07")
//                                                                      ──▶ Figure[] in text order
//
// Every parser and refiner reads a bounded window of tokens around each candidate: linear time.

import type { AnalysisContext } from '../context';
import { assignIds } from '../ids';
import { sentenceAt } from '../text/sentences';
import type { Figure, Span } from '../types';
import { lex } from './lexer';
import { findRegions } from './regions';
import { MAX_ATOMS, type Atom, type FigureScan, type Quantity } from './model';
import { parseDigits } from './parsers/digits';
import { parseFractionWords } from './parsers/fraction-words';
import { attachMagnitudes } from './parsers/magnitude';
import { parseMultipliers } from './parsers/multiplier';
import { parseNumberWords } from './parsers/number-words';
import { parseVague } from './parsers/vague';
import { combineRatios } from './parsers/ratio';
import { attachChange } from './refiners/change';
import { attachCountedNoun } from './refiners/counted-noun';
import { dedupeOverlaps } from './refiners/dedupe-overlaps';
import { dropDateLike } from './refiners/drop-dates';
import { dropIdentifiers } from './refiners/drop-identifiers';
import { dropLoneOne } from './refiners/drop-lone-one';
import { dropOrdinals } from './refiners/drop-ordinals';
import { dropPhonesAndAddresses } from './refiners/drop-phone-address';
import { dropScores } from './refiners/drop-scores';
import { carryUnits } from './refiners/ellipsis';
import { mergeRanges } from './refiners/merge-ranges';
import { attachQualifiers, mergeBounds } from './refiners/qualifiers';
import { attachUnit, currencyBefore } from './units/attach-unit';
import { attachRates } from './units/rates';
import { normalise } from './units/normalise';

// Languages that write "1.000,5".
const DECIMAL_COMMA = new Set(['de', 'fr', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'tr', 'id', 'vi', 'da', 'sv', 'nb', 'no', 'fi', 'cs', 'ro', 'hu', 'el', 'uk']);

export interface FigureOptions {
  language?: string;
  /** Spans the dates step took; figures never overlap them. */
  dateSpans?: readonly Span[];
  sentences?: readonly Span[];
  onWarning?: (message: string) => void;
}

/** Every figure in the analysed text, in text order. */
export function extractFigures(ctx: AnalysisContext): Figure[] {
  return findFigures(ctx.text, {
    language: ctx.language, dateSpans: ctx.dates, sentences: ctx.sentences, onWarning: (message) => ctx.warnings.push(message),
  });
}

/** The same step on a bare string (tests, evaluation scripts). */
export function findFigures(text: string, options: FigureOptions = {}): Figure[] {
  const tokens = lex(text, MAX_ATOMS, findRegions(text, MAX_ATOMS * 4));
  if (tokens.length > 0 && tokens[tokens.length - 1]!.end < text.length - 1 && /\S/.test(text.slice(tokens[tokens.length - 1]!.end, tokens[tokens.length - 1]!.end + 200))) {
    options.onWarning?.(`figures: more than ${MAX_ATOMS} numbers; the text after offset ${tokens[tokens.length - 1]!.end} was not read`);
  }
  const sentences = options.sentences ?? [{ start: 0, end: text.length }];
  const scan: FigureScan = {
    text,
    tokens,
    decimalComma: DECIMAL_COMMA.has((options.language ?? 'en').toLowerCase()),
  };

  let atoms: Atom[] = dedupeOverlaps([...parseDigits(scan), ...parseNumberWords(scan), ...parseFractionWords(scan), ...parseMultipliers(scan), ...parseVague(scan)]);
  if (atoms.length >= MAX_ATOMS) {
    atoms = atoms.slice(0, MAX_ATOMS);
    options.onWarning?.(`figures: more than ${MAX_ATOMS} numbers; only the first ${MAX_ATOMS} were read`);
  }
  atoms = combineRatios(scan, atoms);
  atoms = attachMagnitudes(scan, atoms, (atom) => currencyBefore(tokens, atom.first) !== null);

  let quantities: Quantity[] = atoms.map((atom) => attachUnit(scan, atom));
  quantities = mergeRanges(scan, quantities);
  quantities = dropScores(scan, quantities);
  quantities = attachRates(scan, quantities);
  quantities = attachCountedNoun(scan, quantities);
  quantities = attachQualifiers(scan, quantities);
  quantities = mergeBounds(scan, quantities);
  quantities = attachChange(scan, quantities);
  quantities = dropDateLike(scan, quantities, options.dateSpans ?? []);
  quantities = dropOrdinals(scan, quantities);
  const sentenceOf = (token: number): Span | undefined => sentenceAt(sentences, tokens[token]!.start);
  quantities = dropIdentifiers(scan, quantities, (token) => isSentenceStart(text, tokens, token, sentenceOf(token)), titleCaseTest(text, tokens, sentenceOf));
  quantities = dropPhonesAndAddresses(scan, quantities);
  quantities = dropLoneOne(quantities);
  quantities = carryUnits(scan, quantities);
  quantities = dedupeOverlaps(quantities);

  const figures = quantities.map((q): Figure => {
    const start = tokens[q.first]!.start;
    const end = tokens[q.last]!.end;
    const sentence = sentenceOf(q.atoms[0]!.first);
    const figure: Figure = {
      id: '',
      start,
      end,
      text: text.slice(start, end),
      kind: q.kind,
      low: round(q.low),
      high: round(q.high),
      unit: q.unit,
      counts: q.counts,
      sentence: sentence ? sentenceText(text, sentence, start, end) : '',
      provenance: { extractor: q.extractor, confidence: q.confidence },
    };
    if (!q.range) figure.value = round(q.low);
    if (q.qualifier) figure.qualifier = q.qualifier;
    if (q.change) figure.change = q.change;
    if (q.vague) figure.vague = true;
    const normalized = normalise(q.kind, q.unit, q.low, q.high);
    if (normalized && (normalized.unit !== q.unit || normalized.low !== q.low || q.kind === 'money')) {
      figure.normalized = { ...normalized, low: round(normalized.low), high: round(normalized.high) };
    }
    return figure;
  });
  return assignIds(figures, 'f');
}

// A run-on "sentence" (a table flattened to text, a hostile page) is cut to a window around the figure.
const MAX_SENTENCE = 600;
function sentenceText(text: string, sentence: Span, start: number, end: number): string {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return text.slice(sentence.start, sentence.end);
  const from = Math.max(sentence.start, start - MAX_SENTENCE / 2);
  return text.slice(from, Math.min(sentence.end, Math.max(end, from + MAX_SENTENCE)));
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The first word of its sentence, or the first after an opening quote, bracket or colon. */
function isSentenceStart(text: string, tokens: FigureScan['tokens'], index: number, sentence: Span | undefined): boolean {
  const token = tokens[index];
  if (!token) return false;
  const prev = tokens[index - 1];
  if (!prev || token.gap === 2) return true;
  if (prev.type === 'punct' && /^["“‘'(\[:—–-]$/.test(prev.text)) return true;
  if (!sentence || token.start - sentence.start > 8) return false;
  return !/[\p{L}\p{N}]/u.test(text.slice(sentence.start, token.start));
}

/** Headlines in title case capitalise every word: there a capital says nothing about names. */
function titleCaseTest(text: string, tokens: FigureScan['tokens'], sentenceOf: (token: number) => Span | undefined): (token: number) => boolean {
  const cache = new Map<number, boolean>();
  return (index: number) => {
    const sentence = sentenceOf(index);
    if (!sentence) return false;
    const cached = cache.get(sentence.start);
    if (cached !== undefined) return cached;
    const words = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400)).match(/\p{L}{4,}/gu) ?? [];
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const result = words.length >= 3 && capitalised / words.length > 0.6;
    cache.set(sentence.start, result);
    return result;
  };
}
