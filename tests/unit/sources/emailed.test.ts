import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('"emailed" as a verb of written saying', () => {
  it('reads what was emailed as the sender\'s', () => {
    const r = run([
      'The harbour paper ran the story on its front page.',
      'The port spokesman Tomas Berg emailed that the night crossings would resume in May.',
    ]);
    expect(said(r)).toEqual(['Tomas Berg | the night crossings would resume in May']);
    expect(r.quotes.map((q) => q.cue)).toEqual(['emailed']);
  });

  it('leaves "emailed" before a noun alone: an adjective, no cue', () => {
    const r = run([
      'The harbour office did not answer emailed questions about the delays.',
      'In an emailed statement to the paper, the office listed the closed piers.',
    ]);
    expect(r.quotes.filter((q) => q.cue === 'emailed')).toEqual([]);
  });
});
