// Tables looked up by words read off a page. A plain object literal inherits from Object.prototype,
// so a page's "constructor" or "toString" would find a function there and crash the step that
// asked; a table without a prototype holds only its own entries.

/** A frozen table with no prototype: `table[word]` is an entry or undefined, whatever the word. */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
