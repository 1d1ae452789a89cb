import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Statement forms whose cue was never read: a question or exclamation quoted before a cue with an
// aside after it, an inverted speaker with a modifier after the name, a middle initial "A." or "I.".
describe('a quotation ending in ? or !, then its cue and an aside', () => {
  it('reads the cue when a comma closes it, even with a quoted title in the aside', () => {
    const r = run([
      '“Who else would run the ferry at night?” Vera Holm asked, pointing at the empty pier.',
      '“We are not going anywhere!” Tomas Berg declared, a line he repeats at every meeting.',
      '“Have you seen the harbour lately?” Lena Ruud said, alluding to her role in “The Quiet Dock.”',
    ]);
    expect(said(r)).toEqual([
      'Vera Holm | Who else would run the ferry at night?',
      'Tomas Berg | We are not going anywhere!',
      'Lena Ruud | Have you seen the harbour lately?',
    ]);
  });

  it('still leaves a cue with a clause of its own after it to the statement it reports', () => {
    const r = run(['“Why now?” Vera Holm said the council had asked her.']);
    expect(said(r)).not.toContain('Vera Holm | Why now?');
  });
});

describe('an inverted speaker with a modifier after the name', () => {
  it('takes the words before "of", "from", "involved" or "familiar" as the speaker', () => {
    const r = run([
      '“The fares will rise again next spring,” said Ivo Marsh of the regional transport office.',
      '“Nobody wants a second strike,” said one negotiator involved in the talks.',
      '“The board has already decided,” said one longtime trustee familiar with the plan.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'The fares will rise again next spring',
      'Nobody wants a second strike',
      'The board has already decided',
    ]);
    expect(r.quotes[0]!.speaker).toBe('Ivo Marsh');
    expect(r.quotes[1]!.speaker).toMatch(/negotiator/);
    expect(r.quotes[2]!.speaker).toMatch(/trustee/);
  });

  it('does not make a speaker of a pronoun before the modifier', () => {
    const r = run(['“The fares will rise,” said all of them at once.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('all');
  });
});

describe('a middle initial that spells a function word', () => {
  it('reads "A." and "I." as initials of a name', () => {
    const r = run([
      '“The audit is finished,” said Nora A. Lindqvist, the city treasurer.',
      'Peter I. Dahl said the vote would be held in May.',
    ]);
    expect(said(r)).toEqual([
      'Nora A. Lindqvist | The audit is finished',
      'Peter I. Dahl | the vote would be held in May',
    ]);
  });

  it('still reads a sentence-opening "A" as the article', () => {
    const r = run(['A spokesman for the port said the cranes would be repaired.']);
    expect(r.quotes.map((q) => q.speaker)).not.toContain('A spokesman for the port');
    expect(r.quotes).toHaveLength(1);
  });
});

describe('a document inside a container noun', () => {
  it('reads "a copy of the memo", "a new batch of emails" as the document they hold', () => {
    const r = run([
      'A leaked copy of the audit said the harbour fund had been overdrawn twice.',
      'A new batch of council emails showed the close ties between the two contractors.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'the harbour fund had been overdrawn twice',
      'the close ties between the two contractors',
    ]);
  });

  it('keeps a container of something that is no document out ("a batch of cookies")', () => {
    const r = run(['A fresh batch of cookies showed up at the office on Friday.']);
    expect(r.quotes).toHaveLength(0);
  });
});

describe('"as reported by X", read as "according to X"', () => {
  it('credits the clause after or before it to the reporter', () => {
    const r = run([
      'As reported by the Harbour Courier, the ferry operator lost two contracts last year.',
      'The mayor resigned on Monday after the audit, as first reported by the Valley Herald.',
    ]);
    expect(said(r)).toEqual([
      'Harbour Courier | the ferry operator lost two contracts last year',
      'Valley Herald | The mayor resigned on Monday after the audit',
    ]);
    expect(r.quotes[0]!.cue).toBe('reported by');
  });

  it('leaves a passive "was reported by" with its subject to the passive reader', () => {
    const r = run(['The leak was reported by the Harbour Courier on Monday.']);
    expect(r.quotes.map((q) => q.cue)).not.toContain('reported by');
  });
});

describe('public offices as the head of a description', () => {
  it('reads "the state’s tax commissioner", "the county clerk" as speakers', () => {
    const r = run([
      'Vardby’s tax commissioner says an internal review found no leak in the department.',
      'The county clerk said the ballots would be counted again on Friday.',
    ]);
    expect(r.quotes.map((q) => q.text)).toEqual([
      'an internal review found no leak in the department',
      'the ballots would be counted again on Friday',
    ]);
  });

  it('does not make a speaker of an office named only as an object', () => {
    const r = run(['Voters elected a new treasurer in May.']);
    expect(r.quotes).toHaveLength(0);
  });
});

describe('a time and a circumstance after the cue', () => {
  it('keeps the statement before "said Friday afternoon, as …"', () => {
    const r = run(['The ferry will not run again this winter, harbour officials said Friday afternoon, as they met the striking crews at the pier.']);
    expect(said(r)).toEqual(['harbour officials | The ferry will not run again this winter']);
  });

  it('keeps the statement before "said Sunday, marking …", a participle clause after the time', () => {
    const r = run(['Storms closed the ferry port for a third day, harbour officials said Sunday, marking the longest closure in a decade.']);
    expect(said(r)).toEqual(['harbour officials | Storms closed the ferry port for a third day']);
  });

  it('reads on past a preposition in -ing ("said Friday, during a visit, that …")', () => {
    const r = run(['Harbour officials said Friday, during a visit to the pier, that the ferry would run again in May.']);
    expect(r.quotes[0]!.text).toMatch(/the ferry would run again in May$/);
  });

  it('keeps a reason after the attribution with the statement', () => {
    const r = run(['The ferry will not run this winter, her advisers said Friday, because the crews are on strike.']);
    expect(r.quotes[0]!.text).toMatch(/^The ferry will not run this winter/);
    expect(r.quotes[0]!.text).not.toMatch(/^Friday/);
  });
});

describe('a document after "from" before a colon and a quotation', () => {
  it('reads "From the report: “…”" as the report’s', () => {
    const r = run(['What the audit means - Not all ferries are equal. From the report: “In general, boats with stricter maintenance schedules produced fewer delays.”']);
    expect(r.quotes.map((q) => q.text)).toEqual(['In general, boats with stricter maintenance schedules produced fewer delays.']);
    expect(r.quotes[0]!.speaker).toMatch(/report/);
  });

  it('still needs "from": a bare document label is no speaker', () => {
    const r = run(['The report: “In general, boats with stricter maintenance schedules produced fewer delays.”']);
    expect(r.quotes.map((q) => q.speaker ?? '')).not.toContain('report');
  });
});
