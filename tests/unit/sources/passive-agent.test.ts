import { describe, expect, it } from 'vitest';
import { growth, GROWTH_TIMEOUT } from '../../helpers/growth';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.cueKind ?? 'statement'} | ${q.text}`);

describe('passive cues with their agent (the attitude reading)', () => {
  it('takes the agent after "by" as the source and the clause subject as the content', () => {
    const r = run([
      'The ferry deal was first reported by the Harbour Courier.',
      'The new timetable has been criticized by Tomas Berg over the delays.',
      'After the vote, the ferry levy will probably be remembered by Vardby Council as a mistake.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Harbour Courier | reported | attitude | The ferry deal',
      'Tomas Berg | criticized | attitude | The new timetable',
      'Vardby Council | remembered | attitude | the ferry levy',
    ]);
  });

  it('reads only cues the lexicons hold, never a pronoun or a bare name as content, and nothing for the statements-only reading', () => {
    expect(lines(run(['The pier was repaired by Tomas Berg last spring.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['Ada Lind wants lower fares, although this has been ruled out by Tomas Berg.'], [], ATTITUDES)).filter((l) => l.includes('| ruled |'))).toEqual([]);
    expect(lines(run(['Mara Jensen is endorsed by the Vardby Harbour Union.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['The krone was lifted by U.S. inflation data.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['Jensen backed the plan, which was criticized by Tomas Berg.'], [], ATTITUDES)).filter((l) => l.includes('| criticized |'))).toEqual([]);
    expect(run(['The ferry deal was first reported by the Harbour Courier.']).quotes).toEqual([]);
  });

  it('reads a non-restrictive "which" as the noun phrase before its comma', () => {
    expect(lines(run(['The story, which was first reported by the Harbour Courier, has caused a stir online.'], [], ATTITUDES))).toEqual([
      'Harbour Courier | reported | attitude | The story',
    ]);
  });

  it('stays linear on a long sentence of passive cues', () => {
    const passives = (count: number) => run(['The plan was criticized by Tomas Berg and '.repeat(count) + 'the fares rose.'], [], ATTITUDES);
    expect(growth(passives, 200)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);
});
