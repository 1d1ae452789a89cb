// A learned check on the attributions the rules found: a logistic regression over what the
// pipeline knows about each (quote-features.ts) gives the probability that an annotator would mark
// the same words with the same speaker; an attribution below its group's threshold is dropped.
// The position readings (a belief, intention or stance: "X wants …", "X is wary of …") are
// generous, and the cheapest (any past-tense verb, a noun cue, a pronoun subject, a two-word
// content) misfire most often; reported statements less so, but a cue far from its content or
// its speaker ("said on Tuesday, to the crowd, the …", "X … and then, at the pier, said") does. A group
// without a threshold (quotations) passes unchecked.
//
// The same score, calibrated per group, is each kept attribution's provenance.confidence: its
// chance of being right (the words and the speaker an annotator would mark), where the parsers
// give a constant. The check's weights were fitted on positions and reported statements only, so
// a quotation's raw score ranks but is no probability; a logistic calibration per group
// (p = 1 / (1 + e^-(a z + b)), Platt scaling) makes it one. On train, by cross-validation over
// articles, it brings the quotations' log loss from 0.55 (raw score) to 0.42.
//
// The weights (quote-check.json) are trained on the PolNeAR TRAIN split only, each threshold by
// cross-validation over its articles; re-train with `npx tsx eval/train-quote-check.ts`, or
// re-calibrate the confidence alone with `CALIBRATE=src/core/sources/refiners/quote-check.json
// npx tsx eval/train-quote-check.ts` (see its header).

import data from './quote-check.json';
import type { Attribution, Entity } from '../model';
import { quoteFeatures, quoteSetting } from './quote-features';

/** What the check tells apart: positions, and statements quoted or reported. */
export type CheckGroup = 'position' | 'quoted' | 'reported';

export interface QuoteCheckModel {
  bias: number;
  /** The least probability kept, by group; a group without one is not judged. */
  thresholds: Partial<Record<CheckGroup, number>>;
  weights: Record<string, number>;
  /** By group, (a, b) of the calibration 1 / (1 + e^-(a z + b)) that makes the score z a confidence (none: a = 1, b = 0). */
  confidence?: Partial<Record<CheckGroup, readonly number[]>>;
}

export const QUOTE_CHECK: QuoteCheckModel = { bias: data.bias, thresholds: data.thresholds, weights: data.weights, confidence: data.confidence };

export function checkGroup(a: Attribution): CheckGroup {
  return a.attitude ? 'position' : a.direct ? 'quoted' : 'reported';
}

/** The model's score (log-odds) of an attribution's features. */
function quoteScore(features: readonly string[], model: QuoteCheckModel): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return z;
}

/** The model's probability that the attribution is right, speaker included: what the thresholds compare. */
export function quoteProbability(features: readonly string[], model: QuoteCheckModel = QUOTE_CHECK): number {
  return 1 / (1 + Math.exp(-quoteScore(features, model)));
}

/** The calibrated chance that an attribution of this group is right: the quote's confidence, to two places. */
export function quoteConfidence(features: readonly string[], group: CheckGroup, model: QuoteCheckModel = QUOTE_CHECK): number {
  const [a = 1, b = 0] = model.confidence?.[group] ?? [];
  return Math.round(100 / (1 + Math.exp(-(a * quoteScore(features, model) + b)))) / 100;
}

/**
 * Whether to keep an attribution, given its features: read on demand, and once (the kept ones'
 * are read again for their confidence; training reads them all to record them).
 */
export type QuoteCheck = (features: () => readonly string[], a: Attribution) => boolean;

/** Whether the committed check judges an attribution. */
export function isJudged(a: Attribution, model: QuoteCheckModel = QUOTE_CHECK): boolean {
  return model.thresholds[checkGroup(a)] !== undefined;
}

export const likelyEnough: QuoteCheck = (features, a) => {
  const threshold = QUOTE_CHECK.thresholds[checkGroup(a)];
  return threshold === undefined || quoteProbability(features()) >= threshold;
};

/** The attributions the check keeps, each with its confidence. */
export function checkQuotes(attributions: readonly Attribution[], entities: readonly Entity[], blocks: readonly { kind: string }[], keep: QuoteCheck = likelyEnough, text = ''): Attribution[] {
  const setting = quoteSetting(attributions, entities, blocks, text);
  const kept: Attribution[] = [];
  for (const a of attributions) {
    let features: string[] | undefined;
    const read = () => (features ??= quoteFeatures(a, setting));
    if (!keep(read, a)) continue;
    a.confidence = quoteConfidence(read(), checkGroup(a));
    kept.push(a);
  }
  return kept;
}
