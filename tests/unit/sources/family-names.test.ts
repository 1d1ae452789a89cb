import { describe, expect, it } from 'vitest';
import { gendersOf, namesAgree } from '../../../src/core/sources/gender';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

describe('two people of one surname stay two speakers', () => {
  it('keeps the wife apart from the husband the surname stands for', () => {
    const r = run([
      'Peter Lund, the fair\'s founder, said the harbour fair drew record crowds. Lund said the fair would double in size next year.',
      'His wife, Greta Lund, said the volunteers had worked for months.',
      'Lund said the town would pay for a second stage.',
    ]);
    expect(said(r)).toEqual([
      'Peter Lund | the harbour fair drew record crowds',
      'Peter Lund | the fair would double in size next year',
      'Greta Lund | the volunteers had worked for months',
      'Peter Lund | the town would pay for a second stage',
    ]);
  });

  it('lets an entity holding two family names agree with the pronoun one of them takes', () => {
    const genders = gendersOf([{ name: 'Peter Lund', roleWords: '' }, { name: 'Greta Lund', roleWords: '' }]);
    expect(namesAgree(['Peter Lund', 'Lund', 'Greta Lund'], genders, 'm')).toBe(true);
    expect(namesAgree(['Peter Lund', 'Lund', 'Greta Lund'], genders, 'f')).toBe(true);
    expect(namesAgree(['Peter Lund', 'Lund'], genders, 'f')).toBe(false);
  });
});

describe('"he" and "she" stand for a person', () => {
  it('never for a capitalised name after "the" (an event, a paper)', () => {
    const r = run(['Her views on the port were changed by the Dorset Accord. She said the harbour should stay public.']);
    expect(said(r).join('\n')).not.toContain('Dorset Accord');
  });

  it('never for a group described in the plural', () => {
    const r = run(['Kai Berg ran the count in Lindale. Democrats said the count was fair. He said the recount would start on Monday.']);
    expect(said(r)).toContain('Kai Berg | the recount would start on Monday');
  });

  it('reads "The Dorset senator" cut at the name as no person', () => {
    const source = 'Voters in Dorset cheered. The Dorset senator sought to calm his supporters.';
    const at = source.indexOf('The Dorset');
    expect(readSpeaker(source, at, at + 'The Dorset'.length)?.kind).not.toBe('person');
  });
});
