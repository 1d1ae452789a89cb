/** Stable, readable ids for items of one kind: `f1`, `f2`, … in text order. */
export function assignIds<T extends { id: string }>(items: T[], prefix: string): T[] {
  items.forEach((item, index) => {
    item.id = `${prefix}${index + 1}`;
  });
  return items;
}
