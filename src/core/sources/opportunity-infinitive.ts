// "After voters got to see him in action", "fans finally get to meet the cast": "get to" + a verb of
// perceiving or knowing tells a chance the subject had, an experience, not a view it holds; the
// infinitive is no purpose of the clause's verb. A verb of saying after "get to" ("residents finally
// got to voice their anger") is still a statement and is not read here.

const GET_TO = /\b(?:get|gets|got|gotten|getting)\s+to\s+$/i;
const PERCEIVING = /^(?:see|know|feel|view|watch|hear|meet|experience|witness)$/i;

/** True when `verb` is a verb of perceiving right after a form of "get to" (`before` ends there). */
export function isOpportunityInfinitive(before: string, verb: string): boolean {
  return PERCEIVING.test(verb) && GET_TO.test(before);
}
