// A learned check on each position the rules found (a belief, intention or stance: "X wants …",
// "X is wary of …"): a logistic regression over what the pipeline knows about it at this point
// (which parser read it, the cue, the speaker's form and kind, how long the content is and how it
// opens, how far the cue stands from it, how often the source speaks, where in the article it
// sits). It gives the probability that an annotator would mark the same words with the same
// speaker; positions below the threshold are dropped. The position readings are generous, and the
// cheapest (any past-tense verb, a noun cue, a pronoun subject, a two-word content) misfire most
// often.
//
// The weights (quote-check.json) are trained on the PolNeAR TRAIN split only, the threshold by
// cross-validation over its articles; re-train with `npx tsx eval/train-quote-check.ts`.

import data from './quote-check.json';
import type { Attribution, Entity } from '../model';

export interface QuoteCheckModel {
  bias: number;
  threshold: number;
  weights: Record<string, number>;
}

export const QUOTE_CHECK: QuoteCheckModel = { bias: data.bias, threshold: data.threshold, weights: data.weights };

/** What the article around the attributions gives the features. */
export interface QuoteSetting {
  entities: readonly Entity[];
  /** Attributions of each entity, statements and positions alike. */
  counts: ReadonlyMap<number, number>;
  /** Attributions in each block: a paragraph read into many is often misread. */
  perBlock: ReadonlyMap<number, number>;
  /** Blocks of the article, for the relative position. */
  blockCount: number;
}

const WORD = /[\p{L}\p{N}'’]+/gu;
/** A bound on the words counted: a long content is long past this. */
const MAX_WORDS = 200;

/** The binary features of one attribution, as names ("extractor=sources/any-verb", "len=3-5"). */
export function quoteFeatures(a: Attribution, setting: QuoteSetting): string[] {
  const words = (a.text.slice(0, 2000).toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS);
  const speaker = a.speaker;
  const index = a.entity ?? -1;
  const entity = index >= 0 ? setting.entities[index] : undefined;
  const kind = a.direct ? 'direct' : 'indirect';
  // The cue's distance from the content, in characters; before it when positive.
  const gap = a.cueStart < a.start ? a.start - a.cueStart : a.cueStart - a.end;
  const features = [
    `extractor=${a.extractor}`,
    `kind=${kind}`,
    `cue=${a.cue?.toLowerCase() ?? 'none'}`,
    `speaker=${speaker ? speaker.form : 'inherited'}`,
    `source=${entity ? entity.kind : 'none'}`,
    `named=${entity && entity.names.length ? 'yes' : 'no'}`,
    `head=${speaker?.head ?? 'none'}`,
    `len=${bucket(words.length, [1, 2, 5, 10, 20, 40])}`,
    `opens=${/^(?:that|to)$/.test(words[0] ?? '') ? words[0] : 'other'}`,
    // the first word (rare ones carry no weight): "he", "the", "a" open clauses and noun phrases
    `first=${words[0] ?? 'none'}`,
    `quoted=${/["“”]/.test(a.text) ? 'yes' : 'no'}`,
    `inblock=${bucket(setting.perBlock.get(a.block) ?? 0, [1, 2, 4])}`,
    `cueside=${a.cueStart < a.start ? 'before' : 'after'}`,
    `gap=${bucket(Math.max(0, gap), [2, 10, 40, 120])}`,
    `said=${bucket(setting.counts.get(index) ?? 0, [1, 2, 4, 8])}`,
    `place=${bucket(Math.floor((10 * a.block) / Math.max(1, setting.blockCount)), [0, 2, 5])}`,
  ];
  if (speaker?.definite) features.push('definite');
  if (speaker?.role) features.push('role');
  if (speaker?.name) features.push('speaker-named');
  return features;
}

/** "0-2", "3-5", ">40": the range of `n` among ascending upper bounds ("2" when it holds one number). */
function bucket(n: number, bounds: readonly number[]): string {
  let low = 0;
  for (const b of bounds) {
    if (n <= b) return low === b ? `${b}` : `${low}-${b}`;
    low = b + 1;
  }
  return `>${bounds[bounds.length - 1]}`;
}

/** The model's probability that the attribution is right, speaker included. */
export function quoteProbability(features: readonly string[], model: QuoteCheckModel = QUOTE_CHECK): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** The setting for a set of resolved attributions (their `entity` already the final one). */
export function quoteSetting(attributions: readonly Attribution[], entities: readonly Entity[], blockCount: number): QuoteSetting {
  const counts = new Map<number, number>();
  const perBlock = new Map<number, number>();
  for (const a of attributions) {
    perBlock.set(a.block, (perBlock.get(a.block) ?? 0) + 1);
    if (a.entity !== undefined) counts.set(a.entity, (counts.get(a.entity) ?? 0) + 1);
  }
  return { entities, counts, perBlock, blockCount };
}

/** Whether to keep an attribution, given its features (training passes one that records them). */
export type QuoteCheck = (features: readonly string[], a: Attribution) => boolean;

export const likelyEnough: QuoteCheck = (features) => quoteProbability(features) >= QUOTE_CHECK.threshold;

/**
 * The attributions the check keeps. It judges positions only: statements (what a source said or
 * wrote) come from the precise readings, and checking them too gained nothing on train
 * (cross-validated source F1 0.5828 with them, 0.5822 without) while it put plain statements at risk.
 */
export function checkQuotes(attributions: readonly Attribution[], entities: readonly Entity[], blockCount: number, keep: QuoteCheck = likelyEnough): Attribution[] {
  const setting = quoteSetting(attributions, entities, blockCount);
  return attributions.filter((a) => !a.attitude || keep(quoteFeatures(a, setting), a));
}
