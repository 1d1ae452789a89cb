import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a held view named as a possessive noun, its content the predicate (attitude reading)', () => {
  it('reads "X\'s fear is that …", "…\'s response was that …" and "Their argument: …"', () => {
    const r = run([
      'Mara Jensen spoke at the pier. Jensen\'s fear is that the ferry will stop running by June.',
      'Tomas Berg was asked about the levy. Berg\'s response was that the harbour needs the money now.',
      'Ada Lund and her dockworkers met on Friday. Their argument: only the port board can fix the silted channel.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | fear | the ferry will stop running by June');
    expect(lines(r)).toContain('Tomas Berg | response | the harbour needs the money now');
    expect(lines(r).some((l) => l.endsWith('| argument | only the port board can fix the silted channel'))).toBe(true);
  });

  it('reads no figure or description as the predicate, and stays out of the fact sheet', () => {
    const cues = (r: ReturnType<typeof run>) => lines(r).filter((l) => /\| (?:goal|view|answer|fear) \|/.test(l));
    expect(cues(run(['Mara Jensen spoke at the pier. Jensen\'s goal was 40 votes on the council.'], [], ATTITUDES))).toEqual([]);
    expect(cues(run(['Tomas Berg spoke at the pier. Berg\'s view is limited by the new sea wall.'], [], ATTITUDES))).toEqual([]);
    expect(run(['Mara Jensen spoke at the pier. Jensen\'s fear is that the ferry will stop running by June.']).quotes).toEqual([]);
  });

  it('reads two describing words, "claim", and "long has been" before the predicate', () => {
    const r = run([
      'Ines Varga testified for three hours. Varga\'s most startling suggestion was that the depot had hidden its logbooks.',
      'Omar Field filed the suit in March. Field\'s most serious claim is that the trustees shredded the minutes.',
      'Lena Kost ran on her record. Her message long has been that she gets bridges built.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Ines Varga | suggestion | the depot had hidden its logbooks');
    expect(lines(r)).toContain('Omar Field | claim | the trustees shredded the minutes');
    expect(lines(r)).toContain('Lena Kost | message | she gets bridges built');
  });

  it('reads no figure after "claim" and no graded noun without a possessive holder', () => {
    const cues = (r: ReturnType<typeof run>) => lines(r).filter((l) => /\| (?:claim|suggestion) \|/.test(l));
    expect(cues(run(['Omar Field spoke at the depot. Field\'s claim was 40 dollars short of the bill.'], [], ATTITUDES))).toEqual([]);
    expect(cues(run(['The most startling suggestion was that the depot had hidden its logbooks.'], [], ATTITUDES))).toEqual([]);
  });
});
