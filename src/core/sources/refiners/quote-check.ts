// A learned check on each position the rules found (a belief, intention or stance: "X wants …",
// "X is wary of …"): a logistic regression over what the pipeline knows about it (quote-features.ts)
// gives the probability that an annotator would mark the same words with the same speaker;
// positions below the threshold are dropped. The position readings are generous, and the cheapest
// (any past-tense verb, a noun cue, a pronoun subject, a two-word content) misfire most often.
//
// The weights (quote-check.json) are trained on the PolNeAR TRAIN split only, the threshold by
// cross-validation over its articles; re-train with `npx tsx eval/train-quote-check.ts`.

import data from './quote-check.json';
import type { Attribution, Entity } from '../model';
import { quoteFeatures, quoteSetting } from './quote-features';

export interface QuoteCheckModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export const QUOTE_CHECK: QuoteCheckModel = { bias: data.bias, threshold: data.threshold, weights: data.weights };

/** The model's probability that the attribution is right, speaker included. */
export function quoteProbability(features: readonly string[], model: QuoteCheckModel = QUOTE_CHECK): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Whether to keep an attribution, given its features (training passes one that records them). */
export type QuoteCheck = (features: readonly string[], a: Attribution) => boolean;

export const likelyEnough: QuoteCheck = (features) => quoteProbability(features) >= QUOTE_CHECK.threshold;

/**
 * Whether the check judges an attribution: positions only. Statements come from the precise
 * readings and pass unchecked. Judging them too scored a little higher on PolNeAR train (cross-
 * validated source F1 0.5870 with all of them, 0.5871 with continuations, 0.5856 without) but
 * dropped a plain continued quotation of the seed page, which a reader of the fact sheet needs.
 */
export function isJudged(a: Attribution): boolean {
  return a.attitude ?? false;
}

/** The attributions the check keeps. */
export function checkQuotes(attributions: readonly Attribution[], entities: readonly Entity[], blockCount: number, keep: QuoteCheck = likelyEnough): Attribution[] {
  const setting = quoteSetting(attributions, entities, blockCount);
  return attributions.filter((a) => !isJudged(a) || keep(quoteFeatures(a, setting), a));
}
