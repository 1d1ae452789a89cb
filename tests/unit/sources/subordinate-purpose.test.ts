import { describe, expect, it } from 'vitest';
import { subordinatePurposeSubject } from '../../../src/core/sources/subordinate-purpose';
import { run, said } from './run';

// An infinitive of purpose inside a subordinate clause ("… as the council moved to block …") belongs
// to that clause's verb and takes its subject, not the sentence's opening one.
const ATTITUDES = { attitudes: true };

function subjectFor(sentence: string, word: string): string | null | undefined {
  const at = sentence.indexOf(` ${word}`) + 1;
  const found = subordinatePurposeSubject(sentence, { start: 0, end: sentence.length }, at);
  return found === undefined ? undefined : found?.speaker.text ?? null;
}

describe('the subject of an infinitive inside a subordinate clause', () => {
  it('reads the words after the subordinator, up to the clause\'s verb', () => {
    expect(subjectFor('The harbour was quiet on Monday as the town council moved to block the new pier.', 'block')).toBe('the town council');
    expect(subjectFor('The ferry bill stalled again when Governor Ada Lund appears set to veto it.', 'veto')).toBe('Governor Ada Lund');
  });

  it('reads nothing without a subordinate clause, or across a comma', () => {
    expect(subjectFor('The town council moved to block the new pier.', 'block')).toBeUndefined();
    expect(subjectFor('When the vote failed, the town council moved to block the new pier.', 'block')).toBeUndefined();
    expect(subjectFor('Lund said she would fight as long as it takes to stop the pier.', 'stop')).toBeUndefined();
    // (A clause in the present alone tells a state of affairs: "as the county struggles to …".)
    expect(subjectFor('The new levy comes as the county struggles to address its budget gap.', 'address')).toBeUndefined();
  });

  it('gives the position to the subordinate clause\'s subject, not the opening one', () => {
    const found = said(run(['The harbour board was in turmoil on Monday as the town council moved to oppose the new pier.'], [], ATTITUDES));
    expect(found).toContain('town council | the new pier');
    expect(found.some((s) => s.startsWith('harbour board |'))).toBe(false);
  });
});
