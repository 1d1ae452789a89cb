import { describe, expect, it } from 'vitest';
import { genderOfGivenName, gendersOf, namesAgree } from '../../../src/core/sources/gender';
import { run, said } from './run';

describe('pronouns agree in gender with the person they stand for', () => {
  it('skips a man named last for "she" when the given name marks a woman', () => {
    const r = run(['Helen Marsh opened the harbour hearing on Monday. Peter Vance questioned her budget. She said the ferry fund was safe.']);
    expect(said(r)).toContain('Helen Marsh | the ferry fund was safe');
  });

  it('skips a woman for "he"', () => {
    const r = run(['Daniel Okafor toured the depot. Susan Pryce praised the drivers. He said the depot would stay open.']);
    expect(said(r)).toContain('Daniel Okafor | the depot would stay open');
  });

  it('takes gender from a role word the article uses ("spokeswoman")', () => {
    const genders = gendersOf([{ name: 'Lee Arden', roleWords: 'spokeswoman' }, { name: 'Arden', roleWords: '' }]);
    expect(namesAgree(['Lee Arden', 'Arden'], genders, 'f')).toBe(true);
    expect(namesAgree(['Lee Arden', 'Arden'], genders, 'm')).toBe(false);
  });

  it('leaves a surname two people of different gender share open to either pronoun', () => {
    const genders = gendersOf([{ name: 'Paul Grant', roleWords: '' }, { name: 'Mary Grant', roleWords: '' }]);
    expect(namesAgree(['Grant'], genders, 'f')).toBe(true);
    expect(namesAgree(['Grant'], genders, 'm')).toBe(true);
    // The full name still speaks for itself.
    expect(namesAgree(['Mary Grant'], genders, 'm')).toBe(false);
  });

  it('knows nothing of a rare or shared given name, which then agrees with either', () => {
    expect(genderOfGivenName('Helen')).toBe('f');
    expect(genderOfGivenName('Peter')).toBe('m');
    expect(genderOfGivenName('Rakeyia')).toBeNull();
    expect(genderOfGivenName('Jordan')).toBeNull();
  });
});

describe('titles resolve to the person the article introduced with them', () => {
  it('"the senator" and "the governor" find "Sen." and "Gov." after a state name', () => {
    const r = run([
      'Ohio Sen. Martin Kell met the mayors on Friday.',
      'New Dorset Gov. Alma Reyes signed the budget.',
      'The senator said the bridge plan was too costly.',
      'The governor said the budget protected schools.',
    ]);
    expect(said(r)).toEqual([
      'Martin Kell | the bridge plan was too costly',
      'Alma Reyes | the budget protected schools',
    ]);
  });

  it('"the Republican nominee" is not the person introduced as the Democratic nominee', () => {
    const r = run([
      'Democratic nominee Ana Ruiz toured Dorset. Republican nominee Carl Moss toured Vardby.',
      'The Democratic nominee said the harbour needs a new pier.',
      'The Republican nominee said the harbour is fine. The GOP nominee said he would cut fees.',
    ]);
    expect(said(r)).toEqual([
      'Ana Ruiz | the harbour needs a new pier',
      'Carl Moss | the harbour is fine',
      'Carl Moss | he would cut fees',
    ]);
  });

  it('"the president" is the one in office, not a former president named later; "the former president" is', () => {
    const r = run([
      'Former President Dan Holt says President Ruiz\u2019s joke about him is malarkey.',
      'Mr. Ruiz took the swipe at his rival on a late show.',
      '\u201CYou got to look at the other guy, he is as old as I am,\u201D the president said on the show.',
      'The former president said the show was rigged.',
    ]);
    expect(said(r).slice(1)).toEqual([
      'Ruiz | You got to look at the other guy, he is as old as I am',
      'Dan Holt | the show was rigged',
    ]);
  });

  it('reads a surname ending in "-an" as a person, not a demonym, when a given name or the full name says so', () => {
    const r = run([
      'Paul Egan toured the harbour with the mayor, Ann Lind. Lind praised the pier.',
      'He said the harbour needs dredging.',
      'Egan met the board. Lind left early. He said the fees would rise.',
    ]);
    expect(said(r)).toEqual(['Paul Egan | the harbour needs dredging', 'Paul Egan | the fees would rise']);
  });

  it('keeps a person apart from a pair that ends with his name, and gives "they" to the pair', () => {
    const r = run([
      'Mr. Lund said the treaty was historic.',
      'On Friday, after a walk on the pier, Mr. Berg and Mr. Lund praised the treaty. They said it would hold.',
      '\u201CIt was a good day,\u201D Mr. Lund said.',
    ], [], { attitudes: true });
    expect(said(r).filter((l) => !l.endsWith('| the treaty'))).toEqual([
      'Lund | the treaty was historic',
      'Berg and Lund | it would hold',
      'Lund | It was a good day',
    ]);
  });

  it('reads a month that is also a surname after a given name as part of the name ("Ruth May")', () => {
    const r = run([
      'Harbour Minister Ruth May said this week that the pier would reopen.',
      'A rally in Dorset May 5 drew crowds, Tom Vik said.',
      'She said the fees would fall.',
    ]);
    expect(said(r)).toEqual([
      'Ruth May | the pier would reopen',
      'Tom Vik | A rally in Dorset May 5 drew crowds',
      'Ruth May | the fees would fall',
    ]);
  });

  it('"the lawmaker" finds a representative', () => {
    const r = run(['Rep. Tomas Brandt visited the plant. The lawmaker said the plant needs new turbines.']);
    expect(said(r)).toEqual(['Tomas Brandt | the plant needs new turbines']);
  });
});

describe('names inside a longer capitalised run', () => {
  it('takes the person after a body and a title ("Harbour Bank CEO Lars Vik") for pronouns', () => {
    const r = run(['Harbour Bank CEO Lars Vik testified on Tuesday. He said the bank would repay its customers.']);
    expect(said(r)).toEqual(['Lars Vik | the bank would repay its customers']);
  });

  it('never resolves "it" to a person', () => {
    const r = run(['Mara Jensen spoke on Monday.', 'The Dorset Rifle Association sued. It said the law was wrong.'], [], { attitudes: true });
    expect(said(r).filter((l) => l.startsWith('Mara Jensen'))).toEqual([]);
  });

  it('reads no clause as a description ("Vik accused the bank … and asserted")', () => {
    const r = run(['Alma Vik said she was tired.', 'Vik accused the harbour board of ignoring the families and asserted that she would keep fighting.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual(['Alma Vik']);
  });
});

describe('a pair of people is no single speaker', () => {
  it('keeps "Mr. Vik" and "he" apart from "Lund and Mr. Vik"', () => {
    const r = run(['Lund and Mr. Vik met at the harbour on Saturday.', 'Mr. Vik said the deal was historic. He said the pier would reopen.']);
    expect(said(r)).toEqual(['Vik | the deal was historic', 'Vik | the pier would reopen']);
  });
});

describe('what "he" may stand for', () => {
  it('is no headline or subhead ("HARBOUR CLAIMS", "Would I")', () => {
    const r = run([
      'Dr. Olav Berg has run the clinic since 2001.',
      'QUESTIONABLE HARBOUR CLAIMS',
      'He has promoted a raft of untested cures.',
    ], [], { attitudes: true });
    expect(said(r)).toEqual(['Olav Berg | a raft of untested cures']);
  });

  it('reads no content after a verb that closes an aside ("which she denies —")', () => {
    const r = run(['Holm claimed that Berg backs the toll — which she denies — and pointed to her votes.'], [], { attitudes: true });
    // (What she denies is the relative word itself: object-gap.ts reads "which" as the content.)
    expect(r.quotes.filter((q) => q.cue === 'denies').map((q) => q.text)).toEqual(['which']);
  });
});

describe('a pronoun before its name, and content that ends with its clause', () => {
  it('"As she seeks …, Mara Jensen …": the pronoun of an opening clause is the main subject', () => {
    const r = run(['As she seeks a third term as harbour chief, Mara Jensen and her allies are touting her record.'], [], { attitudes: true });
    expect(said(r)).toContain('Mara Jensen | a third term as harbour chief');
  });

  it('ends a claim at a dash aside followed by the speaker\'s next verb', () => {
    const r = run(['Holm has claimed that Berg backs the toll — which she denies — and has pointed to her votes.']);
    expect(said(r)).toEqual(['Holm | Berg backs the toll — which she denies']);
  });

  it('takes no county or valley for a person', () => {
    const r = run(['Mara Jensen spoke first.', 'Voters in Dorset County are split. She said the vote was fair.']);
    expect(said(r)).toEqual(['Mara Jensen | the vote was fair']);
  });
});

describe('a statement inside a relative clause', () => {
  it('"choices … that he said underscore …" carries the phrase it is about', () => {
    const r = run(['Olav Holm has pointed to votes Kari Berg has cast that he said underscore her loyalty to the port.']);
    expect(said(r)).toEqual(['Olav Holm | votes Kari Berg has cast underscore her loyalty to the port']);
  });

  it('never takes the sentence\'s own subject as that phrase', () => {
    const r = run(['The board approved measures which Lund said were long overdue.']);
    expect(said(r).some((l) => l.includes('The board approved'))).toBe(false);
  });
});

describe('"they" after people described in the plural', () => {
  it('stands for the group the description names, not the person named inside it', () => {
    const r = run(['The aides, led by campaign manager Ada Lind, told the donors that the race was close. They said the polls would turn.']);
    expect(said(r).find((l) => l.endsWith('the polls would turn'))).toMatch(/^aides \|/);
  });
});
