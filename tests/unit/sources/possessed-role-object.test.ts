import { describe, expect, it } from 'vitest';
import { isPossessedRoleObject } from '../../../src/core/sources/possessed-role-object';
import { run, said } from './run';

// "Vardia's minister of the Interior": an owner's role, its preposition and "the" before a
// capitalised name make the name the role's object; the role's holder speaks, unnamed.

describe('a possessed role before "of the" and a name', () => {
  it('makes the name the role\'s object', () => {
    expect(isPossessedRoleObject(['Vardia’s', 'minister', 'of', 'the'])).toBe(true);
    expect(isPossessedRoleObject(['the', 'city’s', 'chief', 'engineer', 'for', 'the'])).toBe(true);
    // A person's name takes no article: "the port's head of Harbour Police Ola Vik" is Vik.
    expect(isPossessedRoleObject(['the', 'port’s', 'head', 'of'])).toBe(false);
    // No owner: "the minister of the Interior" is read as a description already.
    expect(isPossessedRoleObject(['the', 'minister', 'of', 'the'])).toBe(false);
    expect(isPossessedRoleObject(['Vardia’s', 'of', 'the'])).toBe(false);
  });

  it('keeps the statement, credited to the role\'s holder', () => {
    const lines = said(run(['Vardia’s minister of the Interior said, after the floods, that the border would stay shut until June.']));
    expect(lines).toEqual(['Vardia’s minister of the Interior | the border would stay shut until June']);
    const body = said(run(['The town’s director of the Harbour Board told reporters the pier would reopen in May.']));
    expect(body).toEqual(['town’s director of the Harbour Board | the pier would reopen in May']);
  });
});
