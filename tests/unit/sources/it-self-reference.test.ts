import { describe, expect, it } from 'vitest';
import { run } from './run';

// One-word names that report of themselves as "it" are bodies (refiners/it-self-reference.ts);
// an "it" that is a thing, or a name the article gives a person behind, leaves a person.
const kindOf = (paragraphs: string[], name: string) => run(paragraphs, [], { attitudes: true }).sources.find((s) => s.name === name)?.kind;

describe('a one-word name that calls itself "it"', () => {
  it('takes "X said it is still reviewing" for a body', () => {
    expect(kindOf(['Vardair said it is still reviewing the flight logs from the March incident.'], 'Vardair')).toBe('organization');
  });

  it('takes a past tense after the "it" for a body ("said it expected")', () => {
    expect(kindOf(['Kestrelpol said it expected to make more arrests in the coming weeks.'], 'Kestrelpol')).toBe('organization');
  });

  it('reads the "it" after a recipient of "told" and a modal before the verb', () => {
    expect(kindOf(['Brightmoor told the Harbour Gazette it will not sell bottled water at this year\'s festival.'], 'Brightmoor')).toBe('organization');
  });

  it('reads a contracted perfect with an object ("it\'s launched a")', () => {
    expect(kindOf(['Quillsoft says it\u2019s launched a faster way to ship updates.'], 'Quillsoft')).toBe('organization');
  });

  it('reads a quoted verb after the "it" ("it is \u201cmonitoring")', () => {
    expect(kindOf(['Fjordball told the Harbour Gazette it is \u201cmonitoring the situation\u201d closely.'], 'Fjordball')).toBe('organization');
  });

  it('is not put off by a person whose title follows the body\'s name ("Kestrelpol Secretary General Ola Vik")', () => {
    expect(kindOf([
      'Kestrelpol said it launched the inquiry in 2019.',
      'Kestrelpol Secretary General Ola Vik said the work would go on.',
    ], 'Kestrelpol')).toBe('organization');
  });

  it('lets a later "it said" find the body', () => {
    const r = run([
      'Vardair said it is still reviewing the flight logs from the March incident.',
      'The inquiry will take months, it said.',
    ]);
    expect(r.quotes.find((q) => q.text.includes('take months'))?.speaker).toBe('Vardair');
  });
});

describe('names that stay persons', () => {
  it('keeps a surname whose "it" is a thing ("said it was a disgrace")', () => {
    expect(kindOf(['Halvorsen said it was a disgrace that the ferry had been cancelled.'], 'Halvorsen')).toBe('person');
  });

  it('keeps a surname whose "it" lasts or happens ("would take years", "would rain")', () => {
    expect(kindOf(['Ostrander said it would take years to rebuild the pier.'], 'Ostrander')).toBe('person');
    expect(kindOf(['Lindqvist said it would rain all weekend in the valley.'], 'Lindqvist')).toBe('person');
  });

  it('keeps a surname the article names in full elsewhere', () => {
    expect(kindOf([
      'Mira Tollefsen runs the harbour office.',
      'Tollefsen said it expected more ships next year.',
    ], 'Mira Tollefsen')).toBe('person');
  });

  it('keeps a given name and a titled name', () => {
    expect(kindOf(['Donna said it was moving to a bigger hall.'], 'Donna')).toBe('person');
    expect(kindOf(['Mr. Brekke spoke first.', 'Brekke said it is reviewing the plans.'], 'Brekke')).not.toBe('organization');
  });

  it('keeps a name followed by "he" or "his" elsewhere', () => {
    expect(kindOf([
      'Sandvold said it is planning a new route.',
      'Sandvold added that he would not seek another term.',
    ], 'Sandvold')).toBe('person');
  });
});
