import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a participle after "by", "after" or "while" takes the subject of its clause', () => {
  it('reads "by calling" after the main verb', () => {
    const r = run(['Councillor Ada Brinkley opened the harbour meeting by calling the new mooring fee a swindle.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ada Brinkley | the new mooring fee a swindle');
  });

  it('reads a fronted "After praising …" with the subject after its comma', () => {
    const r = run(['After praising the lifeboat crews for their courage, Olav Strand turned to the ferry timetable.'], [], ATTITUDES);
    expect(lines(r)).toContain('Olav Strand | the lifeboat crews for their courage');
  });

  it('takes the subject of the clause after a subordinate opening, not the opening\'s', () => {
    const r = run(['While the shipowners lobby for lower dues, Mayor Tilde Quist has won over the docks by promising to freeze the harbour levy.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Tilde Quist | to freeze the harbour levy');
    expect(found.some((l) => l.startsWith('shipowners') && l.includes('freeze'))).toBe(false);
  });

  it('takes a pronoun subject after a dash and "and"', () => {
    const r = run(['Rival bloggers set a trap for Councillor Brinkley — and last week she walked into it by endorsing a forged petition.'], [], ATTITUDES);
    expect(lines(r)).toContain('Brinkley | a forged petition');
  });

  it('reads "in" only as a phrase of its own, not as a noun\'s complement', () => {
    const r = run(['In criticizing the toll, Mayor Tilde Quist split her party.', 'The harbour board said the port authority has no role in approving new moorings.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Tilde Quist | the toll');
    expect(found.some((l) => l.includes('| new moorings'))).toBe(false);
  });

  it('ends the content at the comma before an apposition', () => {
    const r = run(['Olav Strand went further than the council by proposing a toll on the bridge, an idea the ferry lobby backs.'], [], ATTITUDES);
    expect(lines(r)).toContain('Olav Strand | a toll on the bridge');
  });

  it('reads a bare participle opening its sentence ("Noting that …, Varga …") with the subject after its comma', () => {
    const r = run([
      'Noting that the night ferry ran late twice this week, Mayor Ines Varga called for an inquiry.',
      'Speaking to dock workers on Friday, Varga promised a decision by May.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Ines Varga | the night ferry ran late twice this week');
    // (Speaking to an audience sets the scene: the audience is no content.)
    expect(lines(r)).not.toContain('Ines Varga | dock workers on Friday');
  });

  it('reads no credit line ("Reporting by …, …") as a fronted participle', () => {
    const r = run(['Reporting by Ada Brinkley; additional reporting by Tom Lusk, Ines Varga and Ruth Okafor; Editing by Sam Hale'], [], ATTITUDES);
    expect(r.quotes).toEqual([]);
  });

  it('reads no participle of a plain action', () => {
    const r = run(['Olav Strand spent the morning by the quay after walking along the beach.'], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('reads a participle after a catenative verb with that verb\'s subject', () => {
    const r = run(['Olav Strand spent more time mocking a familiar target: the harbour board. Mayor Ada Lund spoke at noon. Then she began dismissing the notion that the quay was unsafe.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('Olav Strand | a familiar target');
    expect(found).toContain('Ada Lund | the notion that the quay was unsafe');
  });

  it('reads no attitude that train never annotates as a cue ("trying")', () => {
    const r = run(['Olav Strand has spent a career trying to rescue failing shipyards.'], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });
});
