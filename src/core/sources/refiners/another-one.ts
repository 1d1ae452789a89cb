// "A victim said: “…”. … Another victim said: “…”": a description that says it means someone
// besides the one met before ("another", "a second", "one more") is a new person, never the earlier
// one gathered under the same noun, as "officials" and "a source" otherwise are (coreference.ts).

const ANOTHER = /^(?:another|a\s+(?:second|third|fourth|fifth|further)|one\s+more|yet\s+another)\s/i;

/** Whether the description `text` brings in someone other than the one of its noun met before. */
export function meansAnotherOne(text: string): boolean {
  return ANOTHER.test(text.trim());
}
