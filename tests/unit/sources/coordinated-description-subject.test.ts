import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "The skipper then radioed the harbour and said …": a description opening the sentence is the
// subject of a verb of saying coordinated with its own verb, as a name there would be.

describe('a description opening the sentence, then a verb and "and said"', () => {
  it('speaks the coordinated statement', () => {
    expect(said(run(['The skipper radioed the harbour master and said the ferry had lost power.'])))
      .toEqual(['skipper | the ferry had lost power']);
  });

  it('leaves out an adverb between the subject and its verb', () => {
    expect(said(run(['The skipper then radioed the harbour master by phone and said the ferry had lost power.'])))
      .toEqual(['skipper | the ferry had lost power']);
  });

  it('reads "the suspect" as a person, no thing ("The suspect then phoned … and said …")', () => {
    expect(said(run(['The suspect then phoned the skipper\'s brother and said he would sink the ferry unless paid.'])))
      .toEqual(['suspect | he would sink the ferry unless paid']);
  });

  it('still prefers the subject right before "said"', () => {
    expect(said(run(['The skipper radioed the harbour, and the harbour master said the ferry had lost power.'])))
      .toEqual(['harbour master | the ferry had lost power']);
  });
});

describe('a coordinated verb of saying that is not the main clause\'s', () => {
  it('takes no document, thing or subordinate clause\'s verb', () => {
    expect(said(run(['That forecast looked right when the harbour report was finished and denied the request.'])).some((s) => s.startsWith('forecast'))).toBe(false);
  });
});
