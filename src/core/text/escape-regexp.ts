/** A word made safe to stand literally inside a `RegExp` built from text. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
