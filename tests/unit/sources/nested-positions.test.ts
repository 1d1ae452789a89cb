import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cueKind ?? 'statement'} | ${q.text}`);

// A position inside what another source is reported to have said belongs to that statement.
describe('positions inside another source\'s reported statement', () => {
  it('drops a position of a pronoun inside another source\'s statement', () => {
    const r = run([
      'Mara Jensen runs the ferry company.',
      'John Berg said she wanted a new tide table before the winter.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['John Berg | statement | she wanted a new tide table before the winter']);
  });

  it('keeps a position inside its own speaker\'s statement', () => {
    const r = run(['Mara Jensen said she wants the pier rebuilt by the spring.'], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | statement | she wants the pier rebuilt by the spring',
      'Mara Jensen | attitude | the pier rebuilt by the spring',
    ]);
  });

  it('drops a named position inside a denial, past an apposition set off by dashes', () => {
    const r = run(['Per Holm has denied that the pier’s owner, the investor Ada Lund — a friend of the mayor — was unhappy with the report.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Per Holm | statement | the pier’s owner, the investor Ada Lund — a friend of the mayor — was unhappy with the report']);
  });

  it('drops a named position inside another source\'s statement too', () => {
    const r = run(['Per Holm said that Ada Lund was unhappy with the report.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Per Holm | statement | Ada Lund was unhappy with the report']);
    const reported = run(['The Harbour Ledger reported that Ada Lund had sought a delay to the vote.'], [], ATTITUDES);
    expect(lines(reported).some((l) => l.startsWith('Ada Lund |'))).toBe(false);
  });

  it('drops a position inside a sentence a trailing credit frames', () => {
    const r = run(['The harbour board wanted its "seat at the table," declared a later mayor, Ada von Lund, in 1997.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ada von Lund | statement | The harbour board wanted its "seat at the table,"']);
    const reported = run(['Tor Vik is weighing a delay to the ferry vote, the Harbour Ledger reported.'], [], ATTITUDES);
    expect(lines(reported).some((l) => l.startsWith('Tor Vik |'))).toBe(false);
  });

  it('keeps a participle whose subject stands before the statement', () => {
    const r = run(['The harbour board had argued that the toll was fair, insisting that the ferries could not run without it.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.includes('the ferries could not run without it'))).toBe(true);
  });

  it('still drops a position whose subject phrase was read too long, into the statement', () => {
    const r = run(['As the board makes its case, new research shows commuters are leery of the new ferries.'], [], ATTITUDES);
    expect(lines(r).some((l) => / \| attitude \| .*the new ferries/.test(l))).toBe(false);
  });

  it('keeps a name\'s position in a clause of its own after the statement', () => {
    const r = run(['While critics argue that the toll is too high, Ada Lund has defended it at every meeting.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ada Lund | attitude | it at every meeting');
  });
});
