import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a poll or a study that puts someone at a figure', () => {
  it('reads "put X on/at", "has X at" and "gave X a lead" as the document\'s finding', () => {
    const r = run([
      'The latest ferry poll, released on Tuesday night, put Ada Lind on 48.5 percent support compared to Tom Berg’s 40 percent.',
      'A Harbour Gazette poll this week has Lind at 45 percent to 41 percent for Berg in the county.',
      'A new island survey gave Berg a ten-point lead among younger voters.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'latest ferry poll | put | Ada Lind on 48.5 percent support compared to Tom Berg’s 40 percent',
      'Harbour Gazette poll | has | Lind at 45 percent to 41 percent for Berg in the county',
      'new island survey | gave | Berg a ten-point lead among younger voters',
    ]);
  });

  it('reads a participle on the poll\'s noun and a standing word ("giving Berg an edge", "has Lind leading")', () => {
    const r = run([
      'Lind trails badly, with a Harbour Radio poll giving Berg a whopping 30-point advantage.',
      'Wednesday’s Coastal Times poll has Lind leading Berg by just six points.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Harbour Radio poll | giving | Berg a whopping 30-point advantage',
      'Coastal Times poll | has | Lind leading Berg by just six points',
    ]);
  });

  it('reads a long object ("Lind\'s approval during the first three months of the year") and "pulling even"', () => {
    const r = run([
      'The Harbour Radio tracking poll puts Lind’s approval during the first three months of the year at 47 percent.',
      'A new ferry poll has Berg pulling even with Lind.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Harbour Radio tracking poll | puts | Lind’s approval during the first three months of the year at 47 percent',
      'new ferry poll | has | Berg pulling even with Lind',
    ]);
  });

  it('reads nothing where the verb places no one at a figure', () => {
    const r = run([
      'The study put the focus on older ferry users.',
      'The poll has a margin of error of three points.',
      'The harbour report has led to calls for a new quay.',
      'The survey put the question to 2,000 adults on three islands.',
      'Lind had Berg at her side on 12 occasions.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('leaves "has" before a participle to the verb of finding, and keeps a parenthesis in the finding', () => {
    // (Two articles: a poll named by its owner would also name the unowned one, document-owners.ts.)
    expect(lines(run(['And every recent harbour poll has shown Lind trailing Berg.'], [], ATTITUDES))).toEqual([
      'every recent harbour poll | shown | Lind trailing Berg',
    ]);
    expect(lines(run(['The Coastal Times poll has Lind leading Berg by six points (46 percent to 40 percent) in the county.'], [], ATTITUDES))).toEqual([
      'Coastal Times poll | has | Lind leading Berg by six points (46 percent to 40 percent) in the county',
    ]);
  });

  it('leaves the verb of a clause the document\'s own verb governs ("show that the party has come out ahead")', () => {
    const r = run(['Early projections in the county show that the Harbour Party has come out ahead with 27.9 percent.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('| has |'))).toEqual([]);
  });
});
