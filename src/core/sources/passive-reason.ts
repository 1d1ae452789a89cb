// "Ruiz was accused by a rival of misleading voters", "the mayor has been criticized by pilots for
// closing the quay": after a passive cue's agent, "of" or "for" and a gerund give what the agent
// holds against the subject. A name or a pronoun alone is no content (passive-agent.ts leaves
// "Ruiz is endorsed by …" out); with the reason, the whole clause is: what was said of whom.

/** "of"/"for" and a gerund right after the agent (past an aside between commas). */
const REASON = /^(?:\s*,[^,;:\uE000]{1,80},)?\s+(?:of|for)\s+(?:not\s+)?\p{Ll}{2,}ing\b/u;
/** Where the reason's clause ends: a semicolon, a dash, or a comma before a new clause or an aside. */
const REASON_END = /;|\s[\u2014\u2013]\s|\s--\s|,\s+(?:and|but|while|which|who|although|though|as|saying|adding|according)\b/;

/** The end of the reason phrase that follows the agent ending at `agentEnd`, or -1 when none does. */
export function reasonEnd(masked: string, agentEnd: number, sentenceEnd: number): number {
  const rest = masked.slice(agentEnd, sentenceEnd);
  const reason = REASON.exec(rest);
  if (!reason) return -1;
  const stop = REASON_END.exec(rest.slice(reason[0].length));
  let end = agentEnd + reason[0].length + (stop ? stop.index : rest.length - reason[0].length);
  while (end > agentEnd && /[\s,.;:!?]/.test(masked[end - 1]!)) end--;
  return end;
}
