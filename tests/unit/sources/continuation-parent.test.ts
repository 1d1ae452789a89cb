import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cueKind ?? 'statement'} | ${q.text}`);

// A paragraph of quotation with no cue of its own takes the speaker of the paragraph before only
// when that paragraph ends on something said (refiners/continuation-parent.ts). (A page's first
// block is its headline: each case opens with one.)
const HEAD = ['headline', 'Island Ferry Keeps Its Winter Timetable.'] as const;
describe('a quoted paragraph after a paragraph that says nothing', () => {
  it('carries on a statement in the paragraph before', () => {
    const r = run([
      [...HEAD],
      '"We will keep the ferry running through the winter," said Mara Jensen, the harbour master.',
      '"Nobody on the islands should be cut off in January."',
    ]);
    expect(said(r)).toEqual([
      'Mara Jensen | We will keep the ferry running through the winter',
      'Mara Jensen | Nobody on the islands should be cut off in January.',
    ]);
  });

  it('carries on a telling or praising position (something said)', () => {
    const r = run([
      [...HEAD],
      'Councillor Tomas Berg praised the crews for keeping the ferry on time through the storms.',
      '"They never once left a passenger on the pier."',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Tomas Berg | attitude | the crews for keeping the ferry on time through the storms',
      'Tomas Berg | statement | They never once left a passenger on the pier.',
    ]);
  });

  it('gives no speaker after a paragraph that only tells what people think or want', () => {
    const r = run([
      [...HEAD],
      'The islanders think the new timetable is fair to commuters.',
      '"A timetable is only as good as the boat that keeps it."',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['islanders | attitude | the new timetable is fair to commuters']);
  });

  it("carries on one named person's belief: the next paragraph is that person's own words", () => {
    const r = run([
      [...HEAD],
      'Ferry skipper Ola Brekke believes someone on the island knows why the engine failed.',
      '"It just does not add up, and somebody here knows what happened that night."',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ola Brekke | attitude | someone on the island knows why the engine failed',
      'Ola Brekke | statement | It just does not add up, and somebody here knows what happened that night.',
    ]);
  });

  it('nor after a stance told by an adjective', () => {
    const r = run([
      [...HEAD],
      'The harbour board was eager to settle the dispute over the fares before the summer.',
      '"Every week of delay costs the ferry company money."',
    ], [], ATTITUDES);
    expect(said(r).filter((line) => line.includes('Every week'))).toEqual([]);
  });

  it('nor after an attribution inside a bracketed aside', () => {
    const r = run([
      [...HEAD],
      'The levy passed on Monday. (Councillor Tomas Berg, who voted against it, said the fares would rise.)',
      '"This is the end of fares being set behind closed doors."',
    ]);
    expect(said(r)).toEqual(['Tomas Berg | the fares would rise']);
  });

  it('nor after a speaker inside a relative clause', () => {
    const r = run([
      [...HEAD],
      'The harbour board apologized for the leaked messages, which included staff members suggesting someone should sink the ferry.',
      '"We regret the messages and the hurt they caused to islanders."',
    ], [], ATTITUDES);
    expect(said(r).filter((line) => line.includes('We regret'))).toEqual([]);
  });

  it('but carries on a speaker a relative clause only describes', () => {
    const r = run([
      [...HEAD],
      'Councillor Tomas Berg, who voted against the levy, said the fares were unfair.',
      '"We regret the confusion over the fares and will publish them online."',
    ]);
    expect(said(r)).toContain('Tomas Berg | We regret the confusion over the fares and will publish them online.');
  });

  it('nor after a headline that tells only a stance (a page\u2019s first paragraph is its title)', () => {
    const r = run([
      'Ferry Riders Fear the New Fares Will Be Too High.',
      '"We pay more every year and the boat is late every week."',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ferry Riders | attitude | the New Fares Will Be Too High']);
  });

  it('still carries on a headline that gives someone\u2019s words', () => {
    const r = run([
      ['headline', 'Mara Jensen: \u2018The Ferry Will Run All Winter.\u2019'],
      '"Nobody on the islands should be cut off in January. We have two boats ready for the storms."',
    ]);
    expect(said(r)).toContain('Mara Jensen | Nobody on the islands should be cut off in January. We have two boats ready for the storms.');
  });
});
