// A learned check on the attributions the rules found: a logistic regression over what the
// pipeline knows about each (quote-features.ts) gives the probability that an annotator would mark
// the same words with the same speaker; an attribution below its group's threshold is dropped.
// The position readings (a belief, intention or stance: "X wants …", "X is wary of …") are
// generous, and the cheapest (any past-tense verb, a noun cue, a pronoun subject, a two-word
// content) misfire most often; reported statements less so, but a cue far from its content or
// its speaker ("said on Tuesday, to the crowd, the …", "X … and then, at the pier, said") does. A group
// without a threshold (quotations) passes unchecked.
//
// The weights (quote-check.json) are trained on the PolNeAR TRAIN split only, each threshold by
// cross-validation over its articles; re-train with `npx tsx eval/train-quote-check.ts`.

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
}

export const QUOTE_CHECK: QuoteCheckModel = { bias: data.bias, thresholds: data.thresholds, weights: data.weights };

export function checkGroup(a: Attribution): CheckGroup {
  return a.attitude ? 'position' : a.direct ? 'quoted' : 'reported';
}

/** The model's probability that the attribution is right, speaker included. */
export function quoteProbability(features: readonly string[], model: QuoteCheckModel = QUOTE_CHECK): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * Whether to keep an attribution, given its features: read on demand, as the committed check
 * passes the statements it does not judge without them (training reads them all to record them).
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

/** The attributions the check keeps. */
export function checkQuotes(attributions: readonly Attribution[], entities: readonly Entity[], blocks: readonly { kind: string }[], keep: QuoteCheck = likelyEnough, text = ''): Attribution[] {
  const setting = quoteSetting(attributions, entities, blocks, text);
  return attributions.filter((a) => keep(() => quoteFeatures(a, setting), a));
}
