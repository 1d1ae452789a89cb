import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('headline labels that are not a bare name', () => {
  it('reads a document, a body or a group named by a common noun before the colon', () => {
    const poll = run([
      ['headline', 'Poll: Islanders turn against the new ferry timetable'],
      'A Harbour Institute poll published on Monday found most islanders oppose the timetable.',
    ]);
    expect(said(poll)[0]).toMatch(/poll \| Islanders turn against the new ferry timetable$/i);
    const insiders = run([
      ['headline', 'Insiders: The port deal will collapse by spring'],
      'The deal was signed in March.',
    ]);
    expect(said(insiders)).toEqual(['Insiders | The port deal will collapse by spring']);
  });

  it('reads the name before "to", "on" or "at" as the speaker of the rest', () => {
    const r = run([
      ['headline', 'Ruiz to farmers: The water deal is coming soon'],
      'Mayor Ana Ruiz met the farmers on Monday. Ruiz was late.',
    ]);
    expect(said(r)).toEqual(['Ana Ruiz | The water deal is coming soon']);
    const quoted = run([
      ['headline', 'Port Chief On Tariffs: “We Will Not Raise Our Fees This Year”'],
      'The port chief spoke to reporters on Friday.',
    ]);
    expect(said(quoted)[0]).toMatch(/^Port Chief \| We Will Not Raise Our Fees This Year/);
  });

  it('reads the owner of a noun of saying as the speaker ("Okafor’s warning: …")', () => {
    const r = run([['headline', 'Okafor’s stern warning: Ferry fares will double'], 'Mayor Ada Okafor spoke to Okafor supporters on Monday.']);
    expect(said(r)).toEqual(['Ada Okafor | Ferry fares will double']);
    expect(said(run([['headline', 'Summer’s last word: The beach season ends early'], 'The beach closes in August.']))).toEqual([]);
  });

  it('reads the plain-text first line as the headline, but no label in the body', () => {
    const first = run(['Analysts: Ferry fares will double next year', 'The harbour board meets in May.']);
    expect(said(first)).toEqual(['Analysts | Ferry fares will double next year']);
    const body = run(['Ferry fares rise in May.', 'Analysts: fares will double next year at the latest.']);
    expect(said(body)).toEqual([]);
  });

  it('reads no speaker in a kicker, a section, a slogan or a clause', () => {
    for (const headline of [
      'Revealed: The secret menu of the harbour cafe',
      'Analysis: Why the ferry timetable failed so quickly',
      'Road to recovery: The town rebuilds after the floods',
      'Harbour at 100 years: A look back at the old port',
      'The Latest: Islanders vote on the ferry timetable',
    ]) {
      expect(said(run([['headline', headline], 'The harbour board meets in May.']))).toEqual([]);
    }
    // An upper-case kicker the article never names again, unlike an upper-case name it does.
    expect(said(run([['headline', 'WOW: The Mayor Just Cut Ferry Fares By Half'], 'The mayor spoke on Monday.']))).toEqual([]);
    expect(said(run([['headline', 'OKAFOR: The Ferry Fares Will Be Cut By Half'], 'Mayor Ada Okafor spoke on Monday.']))).toEqual([
      'Ada Okafor | The Ferry Fares Will Be Cut By Half',
    ]);
    const clause = run([['headline', 'Lind heckles Ruiz fans: Your plan is a disaster'], 'Lind spoke at the rally.']);
    expect(said(clause).filter((line) => line.startsWith('Lind heckles'))).toEqual([]);
  });
});
