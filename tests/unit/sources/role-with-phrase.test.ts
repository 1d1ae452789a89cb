import { describe, expect, it } from 'vitest';
import { isRoleWithPhrase } from '../../../src/core/sources/role-with-phrase';
import { run, said } from './run';

const speakers = (text: string) => said(run([text])).map((l) => l.split(' | ')[0]);

// "Ada Lind, Director of the Fraud Prevention agency, Brightwell, compared …": a role with no article
// and a phrase of its own describes the name before it; the name after it is the body's.
describe('a name, a role with no article and its phrase, and a second name', () => {
  it('gives the statement to the first name', () => {
    expect(speakers('Ada Lind, Director of the Fraud Prevention agency, Brightwell, said the tactics were new.')).toEqual(['Ada Lind']);
    expect(speakers('Tom Berg, head of research at the bank, Northvale, said the rate would rise.')).toEqual(['Tom Berg']);
  });

  it('keeps the role as the person’s', () => {
    const { sources } = run(['Ada Lind, Director of the Fraud Prevention agency, Brightwell, said the tactics were new.']);
    expect(sources.map((s) => [s.name, s.role])).toEqual([['Ada Lind', 'Director of the Fraud Prevention agency']]);
  });

  it('still names the person after a title read before a name', () => {
    expect(speakers('Minister of Harbour Works, Ada Lund, said the port would close.')).toEqual(['Ada Lund']);
    expect(speakers('In a statement, Director of Public Prosecutions, Ben Hale, said the case would go ahead.')).toEqual(['Ben Hale']);
  });
});

describe('isRoleWithPhrase', () => {
  it('takes a role head with "of", "for" or "at"', () => {
    expect(isRoleWithPhrase(' Director of the Fraud Prevention agency')).toBe(true);
    expect(isRoleWithPhrase(' head of research at the bank')).toBe(true);
  });

  it('leaves a clause or a phrase with no role', () => {
    expect(isRoleWithPhrase(' walked out of the meeting')).toBe(false);
    expect(isRoleWithPhrase(' in the middle of the night')).toBe(false);
    expect(isRoleWithPhrase(' the director of the museum')).toBe(false);
  });
});
