// One statement, one quote: drops an attribution whose content another already covers
// (a direct quotation wins over the indirect reading of the same words; a deck that repeats
// the body's sentence gives way to the body).

import type { Attribution } from '../model';

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(WORD) ?? []).slice(0, 400));
}

export function dedupe(attributions: Attribution[]): Attribution[] {
  const sorted = [...attributions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Attribution[] = [];
  for (const a of sorted) {
    // Nested attributions ("X said Y was “right” when he said Z") are separate statements:
    // only the same words read twice (a quotation and its indirect reading) clash.
    const clash = kept.findIndex((k) => overlap(k, a) >= 0.5 && (k.direct !== a.direct || overlapOfLonger(k, a) >= 0.8));
    if (clash < 0) { kept.push(a); continue; }
    const k = kept[clash]!;
    if (better(a, k)) kept[clash] = a;
  }
  // The same words by the same speaker twice (deck and body): keep the fuller one.
  const out: Attribution[] = [];
  for (const a of kept) {
    const wa = words(a.text);
    const twin = out.findIndex((o) => o.entity === a.entity && overlap(o, a) === 0 && similarity(words(o.text), wa) >= 0.8);
    if (twin < 0) out.push(a);
    else if (a.text.length > out[twin]!.text.length) out[twin] = a;
  }
  return out.sort((a, b) => a.start - b.start);
}

function overlap(a: Attribution, b: Attribution): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / Math.min(a.end - a.start, b.end - b.start);
}

function overlapOfLonger(a: Attribution, b: Attribution): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / Math.max(a.end - a.start, b.end - b.start);
}

function better(a: Attribution, b: Attribution): boolean {
  if (a.direct !== b.direct) return a.direct;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.min(a.size, b.size);
}
