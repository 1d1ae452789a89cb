import { describe, expect, it } from 'vitest';
import { participleJoinedClauseSubject } from '../../../src/core/sources/participle-joined-clause';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const subject = (text: string) => participleJoinedClauseSubject(text, 0, text.lastIndexOf(',') + 1)?.speaker.text ?? null;

describe('a participle after a clause joined by "and"', () => {
  it('takes the subject of that clause', () => {
    expect(subject('Last week, auditors faulted the ferry board and Ada Lund fired her deputy, Tom Vik, conceding')).toBe('Ada Lund');
  });

  it('finds none in a list of names or past a clause break', () => {
    expect(subject('Last week, auditors faulted Ada Lund and Tom Vik, conceding')).toBeNull();
    expect(subject('Ada Lund dismissed her deputy, and then the board met, which angered staff, conceding')).toBeNull();
  });

  it('gives the participle to the joined clause\'s subject, not the sentence\'s first', () => {
    const r = run(['Over the past month, auditors faulted the ferry board and Mayor Ada Lund fired her deputy, Tom Vik, conceding that many islanders have lost faith in the service.'], [], ATTITUDES);
    expect(r.quotes.find((q) => q.cue === 'conceding')?.speaker).toBe('Ada Lund');
  });
});
