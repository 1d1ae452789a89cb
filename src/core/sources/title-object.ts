// "A spokesman for Mayor Ola Vik said", "an aide to Vardish President Ola Vik", "the wife of Senator
// Ola Vik": a lower-case role, then "for/to/of" and a titled name. The titled name is the role's
// object, whose spokesman, aide or wife speaks; read as "Ola Vik, spokesman for Mayor", the person
// spoken for took the statement. A title's own "of/for" keeps its capital ("Secretary of State Ola
// Vik", "Minister for Health Ola Vik"), and an object that is no title ("head of Harbour Police Ola
// Vik") leaves the name the role's holder.

import { NAME_TITLES } from './lexicon';

const ROLE_PREPOSITION = /^(?:for|to|of)$/i;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Capitalised words between the preposition and the name: a demonym or a body, then the title ("Vardish President"). */
const MAX_OBJECT_WORDS = 3;

/**
 * Whether the words before a titled name (`role`, determiners dropped, the titles included) make
 * the name the object of a lower-case role's preposition.
 */
export function isTitledObjectOfRole(role: readonly string[]): boolean {
  for (let k = role.length - 2; k >= 1; k--) {
    if (!ROLE_PREPOSITION.test(role[k]!) || !LOWER_WORD.test(role[k - 1]!)) continue;
    const object = role.slice(k + 1);
    if (object.length > MAX_OBJECT_WORDS || !object.every((w) => CAPITALISED.test(w))) return false;
    return NAME_TITLES.has(object[object.length - 1]!.toLowerCase().replace(/\.$/, ''));
  }
  return false;
}
