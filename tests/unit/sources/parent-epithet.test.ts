import { describe, expect, it } from 'vitest';
import { parentEpithetPronoun } from '../../../src/core/sources/parent-epithet';
import type { SpeakerRef } from '../../../src/core/sources/model';
import { run } from './run';

const nominal = (text: string, definite = true): SpeakerRef => ({
  form: 'nominal', text, start: 0, end: text.length, name: null, owner: null, role: null, affiliation: null,
  kind: 'person', head: null, modifiers: [], definite,
});

// A parent's epithet stands for the person the article has just named.
describe("a parent's epithet", () => {
  it('reads "the mother of three" and its hyphened forms', () => {
    expect(parentEpithetPronoun(nominal('The mother of three'))).toBe('she');
    expect(parentEpithetPronoun(nominal('the father-of-two'))).toBe('he');
    expect(parentEpithetPronoun(nominal('the mum-of-four who runs the stall'))).toBe('she');
  });

  it('leaves a new person, another description, and a mother of someone', () => {
    expect(parentEpithetPronoun(nominal('a mother of three', false))).toBeNull();
    expect(parentEpithetPronoun(nominal('the woman'))).toBeNull();
    expect(parentEpithetPronoun(nominal('the mother of the victim'))).toBeNull();
    expect(parentEpithetPronoun(nominal("the victim's mother"))).toBeNull();
  });

  it('credits each epithet to the person named before it', () => {
    const r = run([
      'At dusk Rehema Juma is still frying fish beside the ferry gate.',
      'The mother of three says the new lamps keep her stall open later.',
      'According to Neema Salim, 41, trade has grown. "We are not afraid in the light," says the mother of five.',
    ]);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Rehema Juma', 'Neema Salim', 'Neema Salim']);
  });
});
