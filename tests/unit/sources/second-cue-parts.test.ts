import { describe, expect, it } from 'vitest';
import {
  REPEATED_SUBJECT,
  SECOND_COORDINATOR,
  SECOND_CUE_ADVERB,
  SECOND_NAMING,
  SECOND_NAMING_ADVERB,
  SECOND_POSITION,
  SECOND_SAYING,
  SECOND_TELLING,
} from '../../../src/core/sources/parsers/reporting-verb';
import { run, said } from './run';

/** Whether `part`, a piece of the second-cue pattern, takes the whole of `text`. */
function whole(part: string, text: string): boolean {
  return new RegExp(`^${part}$`).test(text);
}

/** Whether a verb `part` takes the first word of `text`, which goes on after it. */
function opens(part: string, text: string): boolean {
  return new RegExp(`^${part}\\s`).test(text);
}

// The second cue after "and" or "but" that ends a reported statement, in its parts.
describe('the parts of a second cue', () => {
  it('joins on "and" or "but", with or without a comma', () => {
    expect(whole(SECOND_COORDINATOR, ', and ')).toBe(true);
    expect(whole(SECOND_COORDINATOR, ' but ')).toBe(true);
    expect(whole(SECOND_COORDINATOR, ' or ')).toBe(false);
  });

  it('takes the subject again only as a pronoun', () => {
    expect(whole(REPEATED_SUBJECT, 'she ')).toBe(true);
    expect(whole(REPEATED_SUBJECT, '')).toBe(true);
    expect(whole(REPEATED_SUBJECT, 'Lund ')).toBe(false);
  });

  it('lets one adverb stand before the verb, and "still" or "even" only before a naming verb', () => {
    expect(whole(SECOND_CUE_ADVERB, 'quickly ')).toBe(true);
    expect(whole(SECOND_CUE_ADVERB, 'later ')).toBe(true);
    expect(whole(SECOND_CUE_ADVERB, 'still ')).toBe(false);
    expect(whole(SECOND_NAMING_ADVERB, 'still ')).toBe(true);
    expect(whole(SECOND_NAMING_ADVERB, 'even ')).toBe(true);
  });

  it('reads the verbs of saying, but not "state", a noun’s modifier after "and"', () => {
    expect(whole(SECOND_SAYING, 'added')).toBe(true);
    expect(whole(SECOND_SAYING, 'denied')).toBe(true);
    expect(whole(SECOND_SAYING, 'stated')).toBe(true);
    expect(whole(SECOND_SAYING, 'state')).toBe(false);
  });

  it('reads a verb of telling in a tense of its own, not a gerund nor a passive before its infinitive', () => {
    expect(opens(SECOND_TELLING, 'told the crew ')).toBe(true);
    expect(opens(SECOND_TELLING, 'urges the board ')).toBe(true);
    expect(opens(SECOND_TELLING, 'telling the crew ')).toBe(false);
    expect(opens(SECOND_TELLING, 'told to leave ')).toBe(false);
  });

  it('reads the verbs of position', () => {
    expect(whole(SECOND_POSITION, 'thinks')).toBe(true);
    expect(whole(SECOND_POSITION, 'wanted')).toBe(true);
    expect(whole(SECOND_POSITION, 'said')).toBe(false);
  });

  it('reads a naming verb in a tense of its own, not its base form or gerund', () => {
    expect(whole(SECOND_NAMING, 'calls')).toBe(true);
    expect(whole(SECOND_NAMING, 'described')).toBe(true);
    expect(whole(SECOND_NAMING, 'call')).toBe(false);
    expect(whole(SECOND_NAMING, 'calling')).toBe(false);
  });
});

describe('a second cue in a sentence', () => {
  it('ends the statement at a second verb of saying of the same speaker', () => {
    expect(said(run(['Per Lund said the ferry would run late, and she later denied that the fares would rise.']))).toContain(
      'Per Lund | the ferry would run late',
    );
  });

  it('goes on past "and state", a modifier', () => {
    expect(said(run(['Per Lund said federal and state rules both cover the harbour.']))).toContain(
      'Per Lund | federal and state rules both cover the harbour',
    );
  });
});
