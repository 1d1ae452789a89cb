// "Sanders showed up at the rally", "the party backed down", "Clinton opened up a wide lead", "the
// firm called off the merger", "the state pushed through a ban": a particle right after the verb
// makes a phrasal verb whose sense is an act (appear, retreat, gain, cancel, enact), not a statement
// or a stance, whatever the bare verb means.
// Only particles that change the sense count: "called out the mayor", "ruled out a run", "fired
// back that …" keep their reading, and so does a retreat from something named ("backed down from
// the plan", "backed off on the levy"), which states where its subject now stands.
// "opened up about the loss" / "opened up to reporters" is speaking, not an act.

/** Verb stems with the particles that turn them into acts. */
const ACT_PARTICLES: [RegExp, RegExp][] = [
  [/^show(?:s|ed|n|ing)?$/i, /^up\b/i],
  [/^sign(?:s|ed|ing)?$/i, /^up\b/i],
  [/^add(?:s|ed|ing)?$/i, /^up\b/i],
  [/^back(?:s|ed|ing)?$/i, /^(?:down|off)\b(?!\s+(?:from|on)\b)/i],
  [/^step(?:s|ped|ping)?$/i, /^(?:up|out|down)\b/i],
  [/^open(?:s|ed|ing)?$/i, /^up\b(?!\s+(?:about|on|to)\b)/i],
  [/^(?:edg|knock)(?:e|es|ed|ing|s)?$/i, /^out\b/i],
  [/^(?:lock|ramp)(?:s|ed|ing)?$/i, /^up\b/i],
  [/^miss(?:es|ed|ing)?$/i, /^out\b/i],
  [/^call(?:s|ed|ing)?$/i, /^off\b/i],
  // ("pushed through a bill", "pushed ahead with the vote": a measure carried, not a view pressed.)
  [/^push(?:es|ed|ing)?$/i, /^(?:through|ahead)\b/i],
  [/^gaz(?:e|es|ed|ing)$/i, /^out\b/i],
  [/^(?:drop|pull)(?:s|ped|ping|ed|ing)?$/i, /^out\b/i],
  [/^(?:turn|end|wind|wound)(?:s|ed|ing)?$/i, /^(?:up|out)\b/i],
];

/** True when the one-word cue and the first word of the content after it make a phrasal verb of an act. */
export function isPhrasalAct(cue: string | null, content: string): boolean {
  const verb = cue?.trim() ?? '';
  if (!verb || /\s/.test(verb)) return false;
  const text = content.trimStart();
  return ACT_PARTICLES.some(([stem, particle]) => stem.test(verb) && particle.test(text));
}
