// "Neither Ann Roe nor Tom Lund would comment on the plan", "Neither the mayor nor his aides said
// …": a subject of "neither … nor" denies the verb of each of its members, so it is no speaker of
// what follows. Read as a name, the phrase gave the second person the role "Neither Ann Roe nor" and
// the statement "on the plan"; read as nothing, the cue has no speaker and no statement is made.

/** The words of a phrase open with "neither" and hold a "nor" after a word or more. */
export function isNeitherNor(words: readonly string[]): boolean {
  return words.length > 2 && /^neither$/i.test(words[0]!) && words.slice(2).some((w) => w.toLowerCase() === 'nor');
}
