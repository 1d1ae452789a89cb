import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// One-word "persons" whose adjective, spelling or shape shows they are no one's name
// (refiners/name-shapes.ts), and names that must stay persons.
const kindOf = (paragraphs: string[], name: string) => run(paragraphs, [], { attitudes: true }).sources.find((s) => s.name === name)?.kind;

describe('one-word names that are no person', () => {
  it('takes a country the article also names by its adjective for a body', () => {
    expect(kindOf([
      'Norvanian Prime Minister Ola Vik urged calm on Monday.',
      'Norvania said the border would stay closed until May.',
    ], 'Norvania')).toBe('organization');
  });

  it('takes the stem of a name ending in a vowel or "-en" ("Kestria" beside "Kestrian", "Halden" beside "Haldish")', () => {
    expect(kindOf(['Kestrian jets struck the port overnight.', 'Kestria said the strikes would go on.'], 'Kestria')).toBe('organization');
    expect(kindOf(['The Haldish minister left early.', 'Halden said the talks had failed.'], 'Halden')).toBe('organization');
  });

  it('keeps "she" off a country before pronouns are resolved', () => {
    const r = run([
      'Kestrian jets struck the port overnight, and Kestria warned families in the north to leave.',
      'One of those who fled was Ana Lind, who is 25.',
      '“We left at night,” she said.',
    ]);
    expect(said(r).some((l) => l.startsWith('Kestria |') && l.includes('left at night'))).toBe(false);
  });

  it('takes an acronym the article never writes in lower case for a body', () => {
    expect(kindOf(['FERRA-ASU said the strike would end on Friday.'], 'FERRA-ASU')).toBe('organization');
  });

  it('takes a word capitalised inside for a brand', () => {
    expect(kindOf(['PierPoint said the update would ship in May.'], 'PierPoint')).toBe('organization');
  });

  it('takes a letter joined to a lower-case noun for a thing', () => {
    expect(kindOf(['X-rays revealed that the bone had healed.'], 'X-rays')).toBe('other');
  });
});

describe('names that stay persons', () => {
  it('keeps a surname with a particle joined to it ("McAllen", "MacTavish", "DeLuca")', () => {
    expect(kindOf(['McAllen said the bridge would reopen in June.'], 'McAllen')).toBe('person');
    expect(kindOf(['MacTavish said the bridge would reopen in June.'], 'MacTavish')).toBe('person');
    expect(kindOf(['DeLuca said the bridge would reopen in June.'], 'DeLuca')).toBe('person');
    // (An accent misdecoded puts a capital inside a name: "SandovÃ¡l" for "Sandovál".)
    expect(kindOf(['SandovÃ¡l said the bridge would reopen in June.'], 'SandovÃ¡l')).toBe('person');
    expect(kindOf(['SandovA\u0303\u00a1l said the bridge would reopen in June.'], 'SandovA\u0303\u00a1l')).toBe('person');
  });

  it('keeps a surname the article gives in full, even beside an adjective built on it', () => {
    expect(kindOf([
      'The novelist Tomas Vardan spoke in Oslo on Monday.',
      'Vardan said the Vardanian style was out of fashion.',
    ], 'Tomas Vardan')).toBe('person');
  });

  it('keeps a given name alone, and a word whose adjective is a given name too ("Christian")', () => {
    expect(kindOf(['Mina said she would run again.'], 'Mina')).toBe('person');
    expect(kindOf(['Christian voters met in Vardby.', 'Christie said the vote was close.'], 'Christie')).toBe('person');
  });

  it('keeps a name set in capitals that the article also writes as a name', () => {
    expect(kindOf(['Anne-Marie Holt arrived late.', 'ANNE-MARIE said the deal was done.', 'Anne-Marie left at noon.'], 'ANNE-MARIE')).not.toBe('organization');
  });

  it('reads a surname after "des" as part of the name', () => {
    expect(said(run(['“We will buy the painting,” said Laurence des Prés, the museum’s director.'])))
      .toEqual(['Laurence des Prés | We will buy the painting']);
  });
});
