import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a manner of the saying between the subject and its verb', () => {
  it('reads through "are quick to", "was careful to" before the verb', () => {
    const r = run([
      'Aides to the mayor are quick to point out that she has won two of the last three votes.',
      'The harbour master was careful to say that the crossing would reopen in May.',
    ]);
    expect(said(r)).toContain('Aides to the mayor | she has won two of the last three votes');
    expect(said(r)).toContain('harbour master | the crossing would reopen in May');
  });

  it('reads through "soon" before the verb', () => {
    const r = run(['Fishermen soon noted that the new quota left them worse off.']);
    expect(said(r)).toContain('Fishermen | the new quota left them worse off');
  });

  it('takes no statement from "keen to" or "eager to": a saying wanted, not made', () => {
    const r = run(['The two ministers are keen to announce lower fares before the summer.']);
    expect(said(r).filter((line) => line.includes('lower fares'))).toEqual([]);
  });

  it('keeps a relative clause\'s "who" out of it', () => {
    const r = run(['The clerk, who was quick to say that the ferry was late, kept the old timetable.']);
    expect(said(r).filter((line) => line.startsWith('kept'))).toEqual([]);
  });
});
