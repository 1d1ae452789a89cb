import { describe, expect, it } from 'vitest';
import { leadsFiniteVerb } from '../../../src/core/sources/refiners/finite-subject';
import { run, said } from './run';

/** leadsFiniteVerb for the first occurrence of `name` in `text`. */
function leads(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return leadsFiniteVerb(text, start, start + name.length);
}

describe('a name that is the subject of a clause inside its sentence', () => {
  it('reads a name an auxiliary or a past form follows, past one adverb', () => {
    expect(leads('That is what Ann Roe has promised to change.', 'Ann Roe')).toBe(true);
    expect(leads('Until last week, Per Holm had said nothing.', 'Per Holm')).toBe(true);
    expect(leads('The vote was close, and Per Holm quickly agreed.', 'Per Holm')).toBe(true);
    expect(leads('The others waited, but Per Holm wasn’t having it.', 'Per Holm')).toBe(true);
  });

  it('reads a name a present form in -s follows, with its object or an infinitive after it', () => {
    expect(leads('But like Per Holm, Ann Roe holds several views far from her party.', 'Ann Roe')).toBe(true);
    expect(leads('After the vote, Ann Roe wants to talk to the crews.', 'Ann Roe')).toBe(true);
    expect(leads('Per Holm supporters fill the hall every week.', 'Per Holm')).toBe(false);
    expect(leads('The Per Holm campaigns were all short.', 'Per Holm')).toBe(false);
  });

  it('does not read a name followed by a base form, a noun or a possessive', () => {
    expect(leads('The mayor helped Ann Roe succeed him.', 'Ann Roe')).toBe(false);
    expect(leads('Per Holm supporters filled the hall.', 'Per Holm')).toBe(false);
    expect(leads('Per Holm’s plan was dropped.', 'Per Holm')).toBe(false);
  });

  it('does not read the subject of a relative clause, a comparison or a name used as a modifier', () => {
    expect(leads('The toll, which Ann Roe has opposed, will stay.', 'Ann Roe')).toBe(false);
    expect(leads('He built a team, just as Ada Lind did before him.', 'Ada Lind')).toBe(false);
    expect(leads('The captain, unlike Per Holm, won his seat.', 'Per Holm')).toBe(false);
    expect(leads('He wore a Per Holm shirt covered in badges.', 'Per Holm')).toBe(false);
  });

  it('does not read a name a preposition governs: the preposition’s object is no subject', () => {
    expect(leads('Parting ways with Ann Roe led to a long quarrel over the boat.', 'Ann Roe')).toBe(false);
    expect(leads('The row with Dr. Per Holm was settled in court.', 'Per Holm')).toBe(false);
    expect(leads('Much of the blame for Ada Lind was unfair, the crew felt.', 'Ada Lind')).toBe(false);
    expect(leads('Their quarrel with Mayor Ann Roe was settled.', 'Ann Roe')).toBe(false);
  });

  it('reads a name after a day or a month: the time ends the prepositional phrase', () => {
    expect(leads('The crew waited, and on Tuesday Per Holm had said nothing.', 'Per Holm')).toBe(true);
    expect(leads('The talks ran late, and in March Ada Lind was elected.', 'Ada Lind')).toBe(true);
    expect(leads('The quarrel on Friday with Ann Roe was settled.', 'Ann Roe')).toBe(false);
    expect(leads('The row in Monday’s session with Mayor Ann Roe was settled.', 'Ann Roe')).toBe(false);
  });

  it('lets "she" go back to a name after "on Tuesday" with no comma', () => {
    const r = run([
      '“We need the toll,” said Maria Holm, a ferry captain.',
      'The board had met, and on Tuesday Ann Roe had promised a vote. At every meeting, she says the toll will go.',
    ]);
    expect(said(r)).toContain('Ann Roe | the toll will go');
  });

  it('keeps "she" of the next sentence with the speaker, not with a preposition’s object', () => {
    const r = run([
      '“We need the toll,” said Maria Holm, a ferry captain.',
      'Parting ways with Ann Roe led to months of delay. At every meeting, she says the toll will go.',
    ]);
    expect(said(r)).toContain('Maria Holm | the toll will go');
  });

  it('lets "she" in the next sentence go back to that person rather than to the last speaker', () => {
    const r = run([
      '“We need the toll,” said Maria Holm, a ferry captain.',
      'Cutting it is what Mayor Ann Roe has promised. At every meeting, she says the toll will go.',
    ]);
    expect(said(r)).toContain('Ann Roe | the toll will go');
  });
});
