// A credit such as "Harbour Radio, Kiel, Germany" (an outlet's `author` meta giving its town and
// country) or "Business, Nordwire" (a section and the wire) splits at its commas into one-word
// parts. Writers credited together are printed with their full names, so when two parts or more of
// a comma-separated credit are single capitalised words, those words are places, sections or
// wires, not people. Caseless scripts (Chinese, Korean names run together) are not touched.

const ONE_CASED_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** The credit's parts without its one-word parts, when it has two of them or more. */
export function withoutPlaceWords(credit: string, parts: string[]): string[] {
  if (!credit.includes(',')) return parts;
  const single = parts.filter((part) => ONE_CASED_WORD.test(part));
  return single.length >= 2 ? parts.filter((part) => !ONE_CASED_WORD.test(part)) : parts;
}
