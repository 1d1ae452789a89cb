import { describe, expect, it } from 'vitest';
import { isPossessedRolePlace } from '../../../src/core/sources/possessed-role-place';
import { run, said } from './run';

// "the mayor's neighbour in Leeds": an owner's role and a preposition of place before a capitalised
// run make the run where the role is held, not the name of the one who holds it.

describe('a possessed role before a preposition of place and a name', () => {
  it('makes the run a place', () => {
    expect(isPossessedRolePlace(['the', 'mayor’s', 'neighbour', 'in'])).toBe(true);
    expect(isPossessedRolePlace(['Vardia’s', 'chief', 'engineer', 'in', 'both'])).toBe(true);
    expect(isPossessedRolePlace(['the', 'firm’s', 'manager', 'at'])).toBe(true);
    // No owner: "the neighbour in Leeds" is read as a description already.
    expect(isPossessedRolePlace(['the', 'neighbour', 'in'])).toBe(false);
    // No role between the owner and the preposition.
    expect(isPossessedRolePlace(['Vardia’s', 'in'])).toBe(false);
    // "to", "of", "for": a name may follow the role's object ("Vardia's envoy to Ostland Ann Roe").
    expect(isPossessedRolePlace(['Vardia’s', 'envoy', 'to'])).toBe(false);
    expect(isPossessedRolePlace(['the', 'port’s', 'head', 'of'])).toBe(false);
    // A clause, not a role: "Vik's book included a statement in …".
    expect(isPossessedRolePlace(['Vik’s', 'book', 'included', 'a', 'statement', 'in'])).toBe(false);
    // "from" names whom something came from as often as a place: "a statement from Ms. Lund".
    expect(isPossessedRolePlace(['the', 'firm’s', 'statement', 'from'])).toBe(false);
  });

  it('credits the quotation to the name the description stands beside', () => {
    const lines = said(run(['“A fine harbour master,” the mayor’s neighbour in both Dunmore and Kells, Ola Brandt, said in the interview.']));
    expect(lines).toEqual(['Ola Brandt | A fine harbour master']);
    const one = run(['“The pier will hold,” Vardia’s ambassador in Ostland, Ola Brandt, told reporters.']);
    expect(said(one)).toEqual(['Ola Brandt | The pier will hold']);
    expect(one.sources.map((s) => s.name)).toEqual(['Ola Brandt']);
  });

  it('reads the phrase alone as a description of its holder, not as a person named for the place', () => {
    expect(said(run(['The firm’s manager in Dunmore said the pier would hold.']))).toEqual(['firm’s manager in Dunmore | the pier would hold']);
  });
});
