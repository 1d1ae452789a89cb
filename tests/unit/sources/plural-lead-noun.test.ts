import { describe, expect, it } from 'vitest';
import { isPluralLeadNoun } from '../../../src/core/sources/plural-lead-noun';
import { run, said } from './run';

// A cue word's -s form after a word no present verb follows is the plural noun.
const ATTITUDES = { attitudes: true };

describe('a plural noun after a word no verb follows', () => {
  it('reads the -s form after a plural determiner, "other" or "own" as a noun', () => {
    expect(isPluralLeadNoun('issues', 'several other ')).toBe(true);
    expect(isPluralLeadNoun('plans', 'she has no ')).toBe(true);
    expect(isPluralLeadNoun('fears', 'the town has many ')).toBe(true);
    expect(isPluralLeadNoun('plans', 'their own ')).toBe(true);
  });

  it('keeps a verb after its subject, and base forms that end in s', () => {
    expect(isPluralLeadNoun('plans', 'The council ')).toBe(false);
    expect(isPluralLeadNoun('issues', 'the agency ')).toBe(false);
    expect(isPluralLeadNoun('address', 'others ')).toBe(false);
    expect(isPluralLeadNoun('discuss', 'some ')).toBe(false);
    expect(isPluralLeadNoun('focus on', 'many ')).toBe(false);
    expect(isPluralLeadNoun('planned', 'had ')).toBe(false);
  });

  it('leaves the noun after "have" to the verb\'s reading, which finds the owner of a held view', () => {
    expect(isPluralLeadNoun('doubts', 'many harbour pilots had ')).toBe(false);
    expect(isPluralLeadNoun('fears', 'the crews have ')).toBe(false);
    expect(isPluralLeadNoun('questions', 'the agency has ')).toBe(false);
  });

  it('gives no position to the words before the noun', () => {
    const found = said(run([
      'Rural members piled several other issues onto the mayor’s agenda during the winter session.',
      'Some details of the rower’s account have changed since the race.',
    ], [], ATTITUDES));
    expect(found).toEqual([]);
  });

  it('still reads the verb after a subject', () => {
    const found = said(run(['The harbour board plans to close the north pier in May.'], [], ATTITUDES));
    expect(found).toEqual(['harbour board | to close the north pier in May']);
  });
});
