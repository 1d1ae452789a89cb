// PolNeAR's gold attributions as the shared runner (eval/runners/polnear-attribution.mjs) reads and
// keys them: one content per attribution, and the words a predicted speaker must share with the
// Source (for a pronoun or a bare title, with the runner's stand-in name). Shared by the scripts
// that learn from train (train-quote-check.ts) and count per rule (polnear-rule-table.ts); keep it in
// step with the runner.
import { join } from 'node:path';
import { requireKit } from './kit';
import { readAttributions } from './polnear-annotations';

export const { words } = (await import(join(requireKit('eval/runners'), 'lib.mjs'))) as { words: (s: string) => string[] };

export interface Gold { content: string; source: string | null; sourceStart: number }

/** The file's attributions with some content, as the runner reads them. */
export function readRunnerGold(path: string, text: string): Gold[] {
  return readAttributions(path, text).map((a) => ({
    content: a.contents.map((c) => c.text).join(' '), source: a.source?.text ?? null, sourceStart: a.source ? a.source.spans[0]![0] : -1,
  })).filter((g) => g.content.trim());
}

const STOP = new Set(`a an the of and or for to in on at by with from as that this these those said says say told according
mr mrs ms miss dr prof sir sen senator rep representative gov governor president presidential secretary chairman chairwoman chair
ceo spokesman spokeswoman spokesperson director minister leader candidate nominee former vice deputy general attorney judge
he she they it we i you him her them his hers their theirs its our us me my your who whom which one ones some`.split(/\s+/));
const PRONOUN = new Set('he she they it we i you him her them his their its our this that who one'.split(' '));
const NOT_NAME = new Set(`The A An In On At But And Or If When While After Before As For From With Without By Of To Since Then This That These Those
It He She They We I You His Her Their Our Its There Here What Who Why How Mr Mrs Ms Dr Monday Tuesday Wednesday Thursday Friday
Saturday Sunday January February March April May June July August September October November December Another One Some Many
Most All Both Other Such Each Every No Not Yet So Also Even Still However Meanwhile Yes`.split(/\s+/));

export const keyWords = (s: string) => words(s).filter((w) => !STOP.has(w));
export const isPronoun = (s: string) => { const w = words(s); return w.length > 0 && w.every((x) => PRONOUN.has(x)); };
const hasName = (s: string) => s.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !NOT_NAME.has(w.replace(/[^\p{L}]/gu, '')));

function nameBefore(text: string, pos: number): string | null {
  const runs = [...text.slice(0, pos).matchAll(/\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*/gu)];
  for (let i = runs.length - 1; i >= 0; i--) {
    const ws = runs[i]![0].split(/\s+/).filter((w) => !NOT_NAME.has(w.replace(/[^\p{L}]/gu, '')));
    if (ws.length) return ws.join(' ');
  }
  return null;
}

/**
 * The words the speaker must share: the Source's, or for a pronoun or a bare title its stand-in's
 * (`via`: the stand-in name, null when the Source's own words count).
 */
export function sourceKey(g: Gold, all: readonly Gold[], text: string): { words: string[]; via: string | null } {
  const own = keyWords(g.source!);
  if (own.length && !isPronoun(g.source!)) return { words: own, via: null };
  const prev = all.filter((b) => b.source && b.sourceStart < g.sourceStart && keyWords(b.source).length && !isPronoun(b.source) && hasName(b.source))
    .sort((x, y) => y.sourceStart - x.sourceStart)[0];
  const name = prev ? prev.source : nameBefore(text, g.sourceStart);
  return { words: name ? keyWords(name) : [], via: name };
}
