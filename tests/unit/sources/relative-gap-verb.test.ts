import { describe, expect, it } from 'vitest';
import { run, said } from './run';
import { lexicalGapAfterCue } from '../../../src/core/sources/relative-gap-verb';

/** Whether the verb at the start of `text` is read as followed straight by its reported clause's verb. */
const gap = (text: string) => lexicalGapAfterCue(text, 0);

describe('a relative clause whose verb of saying is followed by a past form ("that officials said went …")', () => {
  it('reads the phrase after the relative pronoun as the speaker', () => {
    const r = run([
      'The ferry stopped running after a deadline that several county officials said went unnoticed in two districts.',
      'The ferry stopped after a result that the club\'s lawyers believed defied every forecast.',
    ], [], { attitudes: true });
    expect(r.quotes.find((q) => q.cue === 'said')?.speaker).toBe('several county officials');
    expect(r.quotes.find((q) => q.cue === 'believed')?.speaker).toBe('club\'s lawyers');
    expect(said(r).some((s) => s.startsWith('several county officials | ') && s.includes('went unnoticed in two districts'))).toBe(true);
  });

  it('takes a past form, an adverb between, after verbs of saying and thinking only', () => {
    expect(gap('said went unnoticed')).toBe(true);
    expect(gap('says now led to the strike')).toBe(true);
    expect(gap('claimed defied the polls.')).toBe(true);
    // (A verb whose own object is gapped: "a levy that critics opposed passed".)
    expect(gap('opposed passed in May')).toBe(false);
  });

  it('leaves a clause with its own subject, a verb in -s and a past of saying alone', () => {
    expect(gap('said the road was closed')).toBe(false);
    expect(gap('say costs rose last year')).toBe(false);
    expect(gap('say renders the wall useless')).toBe(false);
    expect(gap('said told them')).toBe(false);
    expect(gap('said need more time')).toBe(false);
  });

  it('does not read a speaker after a complementiser "that" whose clause has its own subject', () => {
    const r = run(['The mayor warned that critics say taxes are too high on the island.']);
    expect(r.quotes.some((q) => q.speaker === 'critics')).toBe(false);
  });
});
