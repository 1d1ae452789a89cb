// A share and the base it applies to imply an amount: "up to 50 percent" of "11,000 to 12,000
// troops" is up to 5,500–6,000. Figures in the share's sentence that count something else are
// compared with it ("potentially 1,000 deaths"): within the implied range they agree; a different
// count (deaths vs casualties) is flagged as such, not as an error.
//
// Conservative: the base is the only count of its noun in the article (one value), and the noun
// is named in the share's sentence or the sentence before it, or the share reads "of the <noun>".

import type { CrossCheck, Figure } from '../../types';
import { indexOfSpanAt } from '../../text/spans';
import { formatFigure, formatNumber, formatSpan, mentions, nounForms } from './format';

export interface CheckInput {
  text: string;
  sentences: readonly { start: number; end: number }[];
  figures: readonly Figure[];
}

// Words for harm: a death is a casualty, a casualty is not necessarily a death.
const CASUALTY = /\b(casualt(y|ies)|losses|killed or (injured|wounded)|(injured|wounded) or killed|killed and (injured|wounded)|wounded|injured|injuries)\b/i;
const DEATH = /^(deaths?|dead|killed|fatalities|lives|death toll|bodies)$/i;
const CHANGE_NOUNS = new Set(['gain', 'gains', 'increase', 'increases', 'rise', 'rises', 'drop', 'drops', 'decline', 'declines', 'loss', 'losses', 'cut', 'cuts', 'jump', 'fall', 'growth']);
const COMPARATIVE_AFTER = /^\s*(?:less|more|higher|lower|fewer|faster|slower|likelier|cheaper|bigger|smaller|larger|greater|above|below|over|under)\b/i;
const BASE_LINK = /^\s+(?:\w+\s+){0,3}?(?:of|among|in)\s/i;
const OFFERED = /\b(?:meaning|or|i\.e\.|that is|equivalent to|implying|potentially|perhaps|some|about|roughly|nearly|around)\b/i;

export function impliedAmountChecks(input: CheckInput): Omit<CrossCheck, 'id'>[] {
  const { text, sentences, figures } = input;
  const sentenceOf = (f: Figure) => indexOfSpanAt(sentences, f.start);
  const sentenceText = (index: number) => (index >= 0 ? text.slice(sentences[index]!.start, sentences[index]!.end) : '');

  // Bases: counts of a plural noun, one value per noun across the article.
  const byNoun = new Map<string, Figure[]>();
  for (const f of figures) {
    // A base counts whole things ("22.4 drivers" is not one) and is not itself a change ("a 10,000 gain").
    if (f.kind !== 'count' || !f.unit || f.change || f.high < 2 || !Number.isInteger(f.low) || !Number.isInteger(f.high) || CHANGE_NOUNS.has(f.unit)) continue;
    const list = byNoun.get(f.unit) ?? [];
    list.push(f);
    byNoun.set(f.unit, list);
  }
  const bases = new Map<string, Figure[]>();
  for (const [noun, list] of byNoun) {
    const distinct = new Set(list.map((f) => `${f.low}|${f.high}`));
    if (distinct.size === 1) bases.set(noun, list);
  }
  if (bases.size === 0) return [];

  // Shares grouped by the base they apply to.
  const groups = new Map<string, Figure[]>();
  const explicitShares = new Set<string>();
  for (const share of figures) {
    if (share.unit !== 'percent' || share.high > 100 || share.low <= 0) continue;
    const index = sentenceOf(share);
    const here = sentenceText(index);
    const before = sentenceText(index - 1);
    const headOfShare = (share.counts?.split(' ').pop() ?? '').toLowerCase();
    const sameSentence = figures.filter((f) => f !== share && f.kind === 'count' && sentenceOf(f) === index);
    // "30 percent of residents in 4,000 households": the base follows through "of", "in" or "among".
    const direct = sameSentence.find((c) => {
      const between = text.slice(share.end, c.start);
      return c.start > share.end && c.unit !== null && bases.has(c.unit) && BASE_LINK.test(between) && !between.includes(',') && between.trim().split(/\s+/).length <= 6;
    });
    // "…, meaning perhaps 80 deaths": a count the text offers as the share's consequence.
    const offered = (c: Figure) => c.start > share.end && OFFERED.test(text.slice(share.end, c.start));
    const blocked = sameSentence.some((c) => c !== direct && !offered(c));
    // "23% less likely", "5% higher": a difference, not a share of anything.
    if (COMPARATIVE_AFTER.test(text.slice(share.end, share.end + 20))) continue;
    let candidates: string[];
    const explicit = direct !== undefined || (headOfShare !== '' && [...bases.keys()].some((noun) => nounForms(noun).includes(headOfShare)));
    if (direct) candidates = [direct.unit!];
    else if (explicit) candidates = [...bases.keys()].filter((noun) => nounForms(noun).includes(headOfShare));
    // Otherwise the base's noun must be named in this sentence or the one before, and nothing else
    // in the sentence may compete (a change such as "cut 10 percent" links only through "of");
    // such a group is reported only when the text offers a figure to compare with (below).
    else if (!blocked && !share.change) candidates = [...bases.keys()].filter((noun) => (mentions(here, noun) || mentions(before, noun)) && !sameSentence.some((c) => c.unit === noun));
    else candidates = [];
    if (candidates.length !== 1) continue;
    if (explicit) explicitShares.add(share.id);
    const noun = candidates[0]!;
    // A share of the base printed in the base's own sentence is fine; a share that *is* the base is not.
    const list = groups.get(noun) ?? [];
    list.push(share);
    groups.set(noun, list);
  }

  const checks: Omit<CrossCheck, 'id'>[] = [];
  for (const [noun, linked] of groups) {
    // Without a figure to compare with, only shares tied by "of the <noun>" are worth a note.
    const linkedSentences = new Set(linked.map(sentenceOf));
    const anyComparator = figures.some((f) => f.kind === 'count' && f.unit !== noun && !f.change && linkedSentences.has(sentenceOf(f)) && f.high < bases.get(noun)![0]!.low);
    const shares = anyComparator ? linked : linked.filter((sh) => explicitShares.has(sh.id));
    if (shares.length === 0) continue;
    const base = bases.get(noun)![0]!;
    const baseIds = bases.get(noun)!.map((f) => f.id);
    // Distinct shares by value, each with its implied range.
    const distinct: { share: Figure; ids: string[]; low: number; high: number }[] = [];
    for (const share of shares) {
      const same = distinct.find((d) => d.share.low === share.low && d.share.high === share.high);
      if (same) {
        same.ids.push(share.id);
        // "up to 50 percent" says more than "about 50 percent": show the ceiling.
        if (share.qualifier === 'up-to') same.share = share;
        continue;
      }
      distinct.push({ share, ids: [share.id], low: (share.low / 100) * base.low, high: (share.high / 100) * base.high });
    }
    // Comparators: other counts in a share's sentence.
    const shareSentences = new Set(shares.map(sentenceOf));
    const comparators = figures.filter((f) => f.kind === 'count' && f.unit !== noun && !f.change && shareSentences.has(sentenceOf(f)) && f.high < base.low);
    // Tiny bases ("5% of 32 members") and tiny amounts are arithmetic, not a finding.
    if (base.low < 10 || Math.max(...distinct.map((d) => d.high)) < 1) continue;
    // With neither an explicit "of the <noun>" nor a figure to compare with, say nothing.
    if (comparators.length === 0 && !shares.some((sh) => explicitShares.has(sh.id))) continue;
    const upTo = (d: { share: Figure }) => (d.share.qualifier === 'up-to' ? 'up to ' : '');
    const computation = distinct.map((d) => `${upTo(d)}${formatFigure(d.share)} × ${formatFigure(base)} = ${upTo(d)}${formatSpan(d.low, d.high)}`).join('; ');
    const harm = shares.some((s) => CASUALTY.test(s.sentence) || CASUALTY.test(s.counts ?? ''));
    const what = harm ? 'casualties (killed or injured)' : `${noun}`;
    const headline = distinct[0]!;
    let note = `${cap(describeShare(headline.share))} of ${formatFigure(base)} ${noun} is ${headline.share.qualifier === 'up-to' ? 'up to' : 'about'} ${formatSpan(headline.low, headline.high)} ${what}`;
    if (distinct.length > 1) note += `; ${distinct.slice(1).map((d) => `${describeShare(d.share)} gives ${formatSpan(d.low, d.high)}`).join('; ')}`;
    note += '.';
    const impliedLow = Math.min(...distinct.map((d) => d.low));
    const impliedHigh = Math.max(...distinct.map((d) => d.high));
    let verdict: CrossCheck['verdict'] = 'consistent';
    const compared: string[] = [];
    for (const c of comparators) {
      const low = Math.min(...distinct.map((d) => d.low));
      const high = Math.max(...distinct.map((d) => d.high));
      const inside = c.low >= low * 0.99 && c.high <= high * 1.01;
      const cNoun = c.counts ?? c.unit ?? '';
      if (inside) {
        note += ` The ${formatSpan(c.low, c.high)} ${cNoun} cited alongside falls within that range.`;
      } else if (harm && DEATH.test(c.unit ?? '')) {
        verdict = worst(verdict, 'different-counts');
        note += ` The ${formatSpan(c.low, c.high)} ${cNoun} cited alongside ${c.high < impliedLow ? `is below the implied ${formatSpan(impliedLow, impliedHigh)}, but it is` : 'is'} a different count: deaths are only part of casualties, which also include the injured, so the two do not contradict each other.`;
      } else if (!sameThing(c, shares)) {
        verdict = worst(verdict, 'different-counts');
        note += ` The ${formatSpan(c.low, c.high)} ${cNoun} cited alongside counts something else than the share, so the two are not directly comparable.`;
      } else {
        verdict = worst(verdict, 'mismatch');
        note += ` The ${formatSpan(c.low, c.high)} ${cNoun} cited alongside does not fit the implied range.`;
      }
      compared.push(c.id);
      if (!inside) note = note.replace(/\.$/, '.');
    }
    const computed = compared.length
      ? `${computation}; compared with ${comparators.map((c) => `${formatNumber(c.low)}${c.high !== c.low ? `–${formatNumber(c.high)}` : ''} ${c.unit}`).join(', ')}`
      : computation;
    checks.push({
      kind: 'implied-amount',
      figureIds: [...distinct.flatMap((d) => d.ids), ...baseIds, ...compared],
      note,
      computation: computed,
      verdict,
      // A share of a count is a count: "3,667 troops", never "3,666.67".
      implied: base.kind === 'count' || base.kind === 'number'
        ? { low: Math.round(impliedLow), high: Math.round(impliedHigh) }
        : { low: Math.round(impliedLow * 100) / 100, high: Math.round(impliedHigh * 100) / 100 },
    });
  }
  return checks;
}

function describeShare(share: Figure): string {
  const q = share.qualifier === 'up-to' ? 'up to ' : share.qualifier === 'about' ? 'about ' : '';
  return `${q}${formatFigure(share)}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const ORDER: CrossCheck['verdict'][] = ['consistent', 'different-counts', 'mismatch'];
function worst(a: CrossCheck['verdict'], b: CrossCheck['verdict']): CrossCheck['verdict'] {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** The comparator counts what a share counts ("12 deaths" beside "10% of deaths"). */
const GENERIC = new Set(['people', 'persons', 'individuals', 'members', 'cases']);
function sameThing(c: Figure, shares: readonly Figure[]): boolean {
  const head = (c.unit ?? '').toLowerCase();
  if (GENERIC.has(head)) return true;
  return shares.some((s) => {
    const shareHead = (s.counts ?? '').split(' ').pop()?.toLowerCase() ?? '';
    return shareHead !== '' && nounForms(head).includes(shareHead);
  });
}
