import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A description that opens with an article is a noun phrase, however long it runs: before a verb
// of saying, the speaker is the name before it and the apposition ends at the comma before the cue.
describe('a long apposition between the speaker and the cue', () => {
  it('reads the name before a description with a relative clause', () => {
    const r = run([
      'Rita Holm, a veteran harbour official who played a major role in the port’s big expansion in 2008 and is now running the ferry company’s early-season planning in the region, said the timetable is a “critical part of our season.”',
    ]);
    expect(said(r)).toEqual(['Rita Holm | the timetable is a “critical part of our season.”']);
  });

  it('reads the name before a long description when the quotation comes first', () => {
    const r = run([
      '“Very good plan, very good plan this is,” Berg, the town’s chief engineer nationally and current head of the works board by a wide margin after winning the last two votes in the spring, said when a reporter asked her.',
    ]);
    expect(said(r)).toEqual(['Berg | Very good plan, very good plan this is']);
    expect(r.quotes[0]!.direct).toBe(true);
  });

  it('does not stretch a long description before a verb that is not one of saying', () => {
    const r = run([
      'Piet Lund, the billionaire harbour investor who was an early backer of the ferry line and a past donor to three mayors of the northern towns and their councils, signed up as a delegate in the port district.',
    ]);
    expect(r.quotes.filter((q) => q.speaker === 'Piet Lund')).toEqual([]);
  });
});
