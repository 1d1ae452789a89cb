// "Ruiz pleaded guilty to fraud", "she pleads not guilty", "he pleaded no contest": a plea entered in
// court is a step of the trial, not a view held or a statement to report, and its defendant is no
// source. ("Plead" with a person, "pleaded with voters to stay home", begs: that stays a position.)
// PolNeAR train marks the court plea (4 of 5 readings, the fifth has no source); the news pages' annotators mark none, and
// every plea read as a position on the web guard's pages (9) is a defendant's plea in court.

const PLEAD = /^(?:plead|pleads|pleaded|pleading|pled)$/i;
const PLEA = /^\s*(?:not\s+)?(?:guilty|innocent|no\s+contest|nolo\s+contendere)\b/i;

/** True when the cue is "plead" and the words after it (`rest`) enter a plea. */
export function isCourtPlea(cue: string | null, rest: string): boolean {
  return cue !== null && PLEAD.test(cue.trim()) && PLEA.test(rest);
}
