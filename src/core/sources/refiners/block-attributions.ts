import type { Attribution } from '../model';

/**
 * A paragraph holds a handful of attributions. One holding more (a hostile or machine-made page) is
 * left as the parsers read it, so that passes comparing a paragraph's attributions pairwise stay small.
 */
const MAX_PER_BLOCK = 60;

/** The attributions of each paragraph, for passes that compare them with one another. */
export function attributionsByBlock(found: readonly Attribution[]): Attribution[][] {
  const byBlock = new Map<number, Attribution[]>();
  for (const a of found) {
    const list = byBlock.get(a.block) ?? [];
    list.push(a);
    byBlock.set(a.block, list);
  }
  return [...byBlock.values()].filter((list) => list.length <= MAX_PER_BLOCK);
}
