import { describe, expect, it } from 'vitest';
import { nameBeforeCompany } from '../../../src/core/sources/name-and-company';
import { run, said } from './run';

// "… attacks by Mayor Ola Vik and allies, who claim …": the named person, joined to an unnamed
// plural, speaks for the group the relative clause describes.

describe('a name and an unnamed plural before "who"', () => {
  it('reads the name that leads the group', () => {
    const text = 'attacks by Mayor Ola Vik and his aides';
    expect(nameBeforeCompany(text, 0, text.length)?.speaker.name).toBe('Ola Vik');
    // No name: "the mayor and allies" leads with no one named.
    const unnamed = 'attacks by the mayor and allies';
    expect(nameBeforeCompany(unnamed, 0, unnamed.length)).toBeNull();
    // A singular after "and" is no group: "Ola Vik and business".
    const singular = 'attacks by Ola Vik and business';
    expect(nameBeforeCompany(singular, 0, singular.length)).toBeNull();
  });

  it('credits the relative clause\'s statement to the named person', () => {
    const lines = said(run(['The levy followed months of attacks on the port by Mayor Ola Vik and allies, who claim the port has been run by smugglers.']));
    expect(lines).toEqual(['Ola Vik | the port has been run by smugglers']);
  });
});
