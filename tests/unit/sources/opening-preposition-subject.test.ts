import { describe, expect, it } from 'vitest';
import { openingSubject } from '../../../src/core/sources/clause';
import { run, said } from './run';

// "Like Mayor Tom Reyes, Councillor Ada Lund has …": a capitalised preposition's phrase opening the
// sentence is no subject; the subject follows its comma.
const ATTITUDES = { attitudes: true };

describe('a preposition\'s phrase opening the sentence', () => {
  it('is passed over for the subject after its comma', () => {
    const s = 'Like Mayor Tom Reyes, Councillor Ada Lund has fought the harbour board for years, criticizing its plan.';
    expect(openingSubject(s, 0, s.indexOf('criticizing'))?.speaker.name).toContain('Ada Lund');
    const u = 'Unlike the ferry union, Councillor Ada Lund has backed the pier for years, citing the jobs it brings.';
    expect(openingSubject(u, 0, u.indexOf('citing'))?.speaker.name).toContain('Ada Lund');
  });

  it('gives a participle the main clause\'s subject, not the name in the phrase', () => {
    const found = said(run(['Like Mayor Tom Reyes, Councillor Ada Lund has fought the harbour board for years, criticizing its plan for the pier.'], [], ATTITUDES));
    expect(found).toContain('Ada Lund | its plan for the pier');
    expect(found.some((s) => s.startsWith('Tom Reyes'))).toBe(false);
  });

  it('still reads a name that opens the sentence', () => {
    const s = 'Councillor Ada Lund has fought the harbour board for years, criticizing its plan.';
    expect(openingSubject(s, 0, s.indexOf('criticizing'))?.speaker.name).toContain('Ada Lund');
  });

  it('takes no capitalised preposition for a holder\'s name', () => {
    const found = said(run(['Besides praising the ferry deal on Monday, the harbour board also signed the pier contract.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Besides'))).toBe(false);
  });
});
