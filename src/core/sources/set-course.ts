// "If all goes according to plan, …", "The evening went according to script": a course set in
// advance, with no article or owner, is the measure things are held to, not a work anyone wrote or
// published. "according to the plan" or "the council's plan" can be a document that says what will
// happen, and stays; so does a bare plural ("according to plans filed with the city").

/** The nouns of a course set in advance (a closed class). */
const COURSE = /^(?:plan|script|design|expectation|expectations)$/;

/** Whether the speaker phrase is a bare noun of a set course ("plan"), the idiom's and no one's. */
export function isSetCourse(phrase: string): boolean {
  return COURSE.test(phrase.trim());
}
