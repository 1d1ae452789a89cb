import { describe, expect, it } from 'vitest';
import { growth, GROWTH_TIMEOUT } from '../../helpers/growth';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a stance the subject receives, its holder after the noun (the attitude reading)', () => {
  it('takes the holder after "of"/"from"/"among" as the source and the subject as the content', () => {
    const r = run([
      'Mara Jensen spoke at the pier. The ferry levy has drawn sharp criticism from harbour residents.',
      'Tomas Berg won the endorsement of the Vardby Dockers Union on Tuesday.',
      'Ada Lind has strong support among ferry workers.',
      'Otto Quist came under fire from Mara Jensen.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'harbour residents | drawn sharp criticism from | The ferry levy',
      'Vardby Dockers Union | won the endorsement of | Tomas Berg',
      'ferry workers | has strong support among | Ada Lind',
      'Mara Jensen | came under fire from | Otto Quist',
    ]);
  });

  it('reads a share of respondents as the holder', () => {
    const r = run(['Ada Lind drew the support of 41 percent of likely voters.'], [], ATTITUDES);
    expect(lines(r)).toContain('41 percent of likely voters | drew the support of | Ada Lind');
  });

  it('leaves an aside set off by dashes out of the subject', () => {
    const r = run(['Lind and Berg -- both seeking a strong finish in the north -- faced fresh attacks from Otto Quist.'], [], ATTITUDES);
    expect(lines(r)).toContain('Otto Quist | faced fresh attacks from | Lind and Berg');
  });

  it('ends the holder before a relative clause that describes it', () => {
    const r = run(['Both ferry lines have come under fire from dock workers who have demanded higher pay.'], [], ATTITUDES);
    expect(lines(r)).toContain('dock workers | come under fire from | Both ferry lines');
  });

  it('takes the subject after a subordinator inside what reads as one', () => {
    const r = run(['Turnout rose as Ada Lind consolidated the support of ferry workers.'], [], ATTITUDES);
    expect(lines(r)).toContain('ferry workers | consolidated the support of | Ada Lind');
  });

  it('reads no thing or place as the holder, and nothing for the statements-only reading', () => {
    expect(lines(run(['The bank has the support of a new liquidity facility.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['The plan has the support of most harbour towns.'], [], ATTITUDES)).filter((l) => l.includes('support of'))).toEqual([]);
    expect(run(['Tomas Berg won the endorsement of the Vardby Dockers Union.']).quotes).toEqual([]);
  });

  it('stays linear on a long sentence of received stances', () => {
    const stances = (count: number) => run(['Berg has the support of the union and '.repeat(count) + 'the fares rose.'], [], ATTITUDES);
    expect(growth(stances, 200)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);
});
