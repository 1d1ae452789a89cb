import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// The pipeline's setting: "emailed" with a noun object is read by the attitude parsers.
const ATTITUDES = { attitudes: true };

describe('the recipient of "emailed" is no content', () => {
  it('keeps the thing sent of a double object as the content', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'The port spokesman Tomas Berg emailed supporters a plea to write to the council.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual(['Tomas Berg | a plea to write to the council']);
  });

  it('drops "emailed" with only a recipient and a time, and "tweeted at" a person', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Its chair, Lena Vos, emailed the mayor and his advisers in March 2019, warning them of the storm.',
      'The ferry captain Arno Dahl tweeted at the governor on Sunday night.',
    ], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.cue === 'emailed' || q.cue === 'tweeted')).toEqual([]);
  });

  it('leaves a clause, a purpose or a quotation after the recipient alone', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Its chair, Lena Vos, emailed reporters that the pier would reopen in May.',
      'Arno Dahl emailed the mayor, “The crossing is not safe.”',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([
      'Lena Vos | the pier would reopen in May',
      'Arno Dahl | The crossing is not safe.',
    ]);
  });

  it('drops "wrote to" a person when only the occasion follows, not a thing said', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'On Friday, Tara Voss, a lawyer in Leeds, wrote to Gov. Ana Ruiz, a Democrat, on behalf of the tenants and a neighbour.',
      'The ferry captain Arno Dahl wrote to his neighbours on the estate in the middle of the night.',
    ], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.cue === 'wrote')).toEqual([]);
  });

  it('keeps "wrote to" a person with a topic, a clause or a letter', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'On Friday, Tara Voss wrote to Gov. Ana Ruiz about the fines imposed on the tenants last week.',
      'Arno Dahl wrote to the board that the fines were unlawful.',
      'Lena Vos wrote a long letter to the tenants about the fines.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([
      'Tara Voss | to Gov. Ana Ruiz about the fines imposed on the tenants last week',
      'Arno Dahl | the fines were unlawful',
      'Lena Vos | a long letter to the tenants about the fines',
    ]);
  });

  it('keeps a letter whose sentence goes on with what it sought', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'On Friday, Tara Voss wrote to Gov. Ana Ruiz, a Democrat, on behalf of the tenants, seeking an end to the fines.',
    ], [], ATTITUDES);
    expect(r.quotes.some((q) => q.cue === 'wrote' && q.speaker === 'Tara Voss')).toBe(true);
  });

  it('skips the person or body told before "that", and drops a telling with no content', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Mayor Lena Vos informed the harbour board that the pier would reopen in May.',
      'The chief said he would have to tell Holder, who would have to tell Obama.',
    ], [], ATTITUDES);
    expect(said(r)).toContain('Lena Vos | the pier would reopen in May');
    expect(r.quotes.filter((q) => /^tell/.test(q.cue ?? ''))).toEqual([]);
  });

  it('does not read a clause opening with a possessive as a body told', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Her spokesman told reporters her position remains firm.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual(['spokesman | her position remains firm']);
  });
});

describe('the one assured or reminded is no content', () => {
  it('starts what was assured or reminded at the "that" after the person', () => {
    const r = run([
      'The harbour board met on Tuesday.',
      'Mara Lind has reassured her brother that she has no plans to sell the boat, but rather wants to keep fishing.',
      'The mayor, Arno Dahl, reminded voters that the pier had been paid for in full.',
    ], [], ATTITUDES);
    expect(said(r)).toEqual([
      'Mara Lind | she has no plans to sell the boat, but rather wants to keep fishing',
      'Arno Dahl | the pier had been paid for in full',
    ]);
  });
});
