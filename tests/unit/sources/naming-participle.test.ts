import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const cues = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('"a group called Harbour First": a naming participle, no speaker', () => {
  it('reads no attribution from "called" after an indefinite object phrase', () => {
    const r = run([
      'The board met on Monday.',
      'The founder of a Facebook group called Save The Pier, which has 300 members, spoke first.',
      'The mailers came from several groups, including one fund called Pier Watch and another tied to the council.',
    ], [], ATTITUDES);
    expect(cues(r).filter((l) => l.includes(' | called | '))).toEqual([]);
  });

  it('reads none when the phrase opens the clause and its verb follows the name', () => {
    const r = run(['The board met on Monday.', 'A firm called Brill Marine has sold the old pier.'], [], ATTITUDES);
    expect(cues(r).filter((l) => l.includes(' | called | '))).toEqual([]);
  });

  it('still reads an indefinite subject that calls someone something', () => {
    const r = run([
      'The board met on Monday.',
      'At the vote, one spokesman called Lund reckless.',
      'An aide to the mayor called Lund a danger to the harbour.',
    ], [], ATTITUDES);
    expect(cues(r)).toContain('spokesman | called | Lund reckless');
    expect(cues(r)).toContain('aide to the mayor | called | Lund a danger to the harbour');
  });

  it('reads no speaker from "named" after a long indefinite phrase, and still reads an active "named"', () => {
    const r = run([
      'The board met on Monday.',
      'The woman identified herself to the Courier as a 52-year-old Brill, Maine, resident named Caroline.',
      'In a speech on Monday, the mayor named Berg as the new harbour master.',
    ], [], ATTITUDES);
    expect(cues(r).filter((l) => l.includes('Caroline') && l.includes(' | named | '))).toEqual([]);
    expect(cues(r)).toContain('mayor | named | Berg as the new harbour master');
  });

  it('reads no speaker from "named" after an indefinite noun when the name is written in lower case', () => {
    const r = run([
      'The board met on Monday.',
      'The skippers, including a man named olaf, who fished the bank all week, said they saw nothing.',
    ], [], ATTITUDES);
    expect(cues(r).filter((l) => l.includes(' | named | '))).toEqual([]);
    expect(cues(r)).toContain('skippers | said | they saw nothing');
  });
});
