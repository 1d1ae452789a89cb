// A capitalised run that a lower-case unit of places follows is the place's name, not a person's:
// "Kerala’s Wayanad district", "the Harlan county line", "Zhejiang province". Headlines capitalise
// the unit ("Putnam County", person-mentions.ts's PLACE_END); running text often writes it in lower
// case, and then only the word after the run tells. No person's name is followed by these nouns.
// (Not "state" or "city": "the Trump state visit", "a Jones city contract" — a name may modify them.)
// Before the name, a unit and "of" tells the same: "the state of Washington", "the City of Tarn". (A
// person is "the mayor of Tarn", never "the state of Lund"; the office before "of" is another matter,
// and "Secretary of State Ann Roe" has no "of" right before the name.)

/** The units of places a name may stand before, in lower case. */
const PLACE_UNIT_AFTER = /^\s+(?:district|districts|county|counties|province|provinces|prefecture|municipality|governorate|oblast|township)\b/u;

/** Whether the text right after a name is a unit of places in lower case ("Wayanad district"). */
export function isPlaceUnitAfter(after: string): boolean {
  return PLACE_UNIT_AFTER.test(after);
}

/** A unit of places and "of" right before a name: "the state of ", "City of ". */
const PLACE_UNIT_OF = /\b(?:state|city|town|village|county|province|region|island|country|nation|republic|kingdom|municipality|borough|district)\s+of\s+$/i;

/** Whether the text right before a name is a unit of places and "of" ("the state of Washington"). */
export function isPlaceUnitOf(before: string): boolean {
  return PLACE_UNIT_OF.test(before);
}
