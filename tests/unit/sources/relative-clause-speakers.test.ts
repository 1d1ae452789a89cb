import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a relative clause whose verb of saying lacks its object ("which critics said was unfair")', () => {
  it('reads the phrase after the pronoun as the speaker, a bare plural too', () => {
    const r = run([
      'The council passed a ferry levy, which critics said was unfair to island residents.',
      'The harbour board kept back some figures that port officials said would alarm travellers.',
    ]);
    expect(said(r)).toContain('critics | which critics said was unfair to island residents');
    expect(said(r)).toContain('port officials | that port officials said would alarm travellers');
  });

  it('ends the content with the relative clause, not the sentence', () => {
    const r = run(['The pier plan, which Mara Jensen said would cost $2 million, was dropped in May.']);
    expect(said(r)).toContain('Mara Jensen | which Mara Jensen said would cost $2 million');
  });

  it('reads a naming verb followed by "as"', () => {
    const r = run(['Asked whether the night shift, which friends described as miserable, had worn him down, Tom Okafor shrugged.']);
    expect(said(r)).toContain('friends | which friends described as miserable');
  });

  it('reads the phrase after a free relative "what" as the speaker, never the clause before it', () => {
    const r = run([
      'The report praised what residents believe is the best route for the new rail line.',
      'The mayor rejected what critics think is necessary for the harbour budget.',
    ]);
    expect(r.quotes.filter((q) => q.cue === 'believe').map((q) => q.speaker)).toEqual(['residents']);
    expect(r.quotes.filter((q) => q.cue === 'think').map((q) => q.speaker)).toEqual(['critics']);
  });

  it('leaves a "what" whose verb of saying has its own object alone', () => {
    const r = run(['Nobody on the harbour board asked what voters think about the ferry.']);
    expect(r.quotes.some((q) => q.speaker === 'voters')).toBe(false);
  });

  it('reads a bare verb after a name as a noun ("that Maine state is …")', () => {
    const r = run(["She is frustrated that Maine state is cutting the ferry budget again."]);
    expect(r.quotes.some((q) => q.cue === 'state')).toBe(false);
  });

  it('leaves a verb with its own object alone', () => {
    const r = run(['The ferry, which critics said nothing about, sailed on time.']);
    expect(r.quotes.some((q) => q.speaker === 'critics')).toBe(false);
  });

  it('never lets a later "he" fall back on the group (the looser reading, with positions)', () => {
    const r = run([
      "Last week, Maine's Republican governor vetoed a bill that would have required ferries to stop at every pier that matched their licence, which critics said was unfair to small fishermen.",
      "Also last week, the Vermont legislature voted down a harbour bill after a backlash from skippers. And in Oregon, a pier bill faced dismal prospects of becoming law after the state's Republican governor suggested he would not support it in its original form.",
    ], [], { attitudes: true });
    expect(r.quotes.filter((q) => q.speaker === 'critics').map((q) => q.text)).toEqual(['which critics said was unfair to small fishermen']);
  });
});
