import { describe, expect, it } from 'vitest';
import { reportingAttributions } from '../../../src/core/sources/refiners/reporter-pronoun';
import type { Attribution } from '../../../src/core/sources/model';
import { run, said } from './run';

describe('a pronoun opening the clause another speaker reports', () => {
  it('"they" stands for the group that said it, not the person named before', () => {
    const r = run([
      'Gov. Alma Reyes visited the ferry dock on Friday. One thing in her favour is that 78 percent of voters in a spring survey said they think she is a careful governor.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('78 percent of voters in a spring survey | she is a careful governor');
    expect(said(r)).not.toContain('Alma Reyes | she is a careful governor');
  });

  it('"they" after a count of voters', () => {
    const r = run(['Sen. Tom Varga spoke at the dock. Nine in 10 registered voters say they think he could win the seat.'], [], { attitudes: true });
    expect(said(r)).toContain('Nine in 10 registered voters | he could win the seat');
  });

  it('leaves a pronoun of another number to the ordinary rules ("critics say he …")', () => {
    const r = run(['Tom Varga wrote the toll plan last year. Critics say he proposed to sell the ferries.'], [], { attitudes: true });
    expect(said(r).filter((l) => l.endsWith('to sell the ferries'))).not.toContain('Critics | to sell the ferries');
  });
});

describe('reportingAttributions', () => {
  const text = 'Most islanders said they think the toll is high, and the board said that it would wait.';
  const att = (speakerStart: number, speakerEnd: number, cueStart: number, start: number, end: number, form: 'name' | 'pronoun' | 'nominal', head: string): Attribution => ({
    start, end, text: text.slice(start, end), direct: false, cue: 'said', cueStart, block: 0, extractor: 'test', confidence: 1,
    speaker: { form, text: text.slice(speakerStart, speakerEnd), start: speakerStart, end: speakerEnd, head } as Attribution['speaker'],
  });

  it('pairs the pronoun subject of a reported clause with the one who reports it', () => {
    const outer = att(0, 14, 15, 20, 48, 'nominal', 'islanders');
    const inner = att(20, 24, 25, 31, 48, 'pronoun', 'they');
    expect(reportingAttributions([outer, inner], text).get(inner)).toBe(outer);
  });

  it('does not pair "it" or a pronoun further inside the content', () => {
    const outer = att(54, 63, 64, 69, 87, 'nominal', 'board');
    const inner = att(74, 76, 77, 83, 87, 'pronoun', 'it');
    expect(reportingAttributions([outer, inner], text).size).toBe(0);
    // ("the toll is high": a clause inside the content, not at its start, is not "opened" by the reporter.)
    const late = att(35, 39, 40, 43, 48, 'pronoun', 'they');
    expect(reportingAttributions([att(0, 14, 15, 20, 48, 'nominal', 'islanders'), late], text).size).toBe(0);
  });
});
