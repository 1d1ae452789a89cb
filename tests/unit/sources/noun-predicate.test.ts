import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a held view named as a possessive noun, its content the predicate (attitude reading)', () => {
  it('reads "X\'s fear is that …", "…\'s response was that …" and "Their argument: …"', () => {
    const r = run([
      'Mara Jensen spoke at the pier. Jensen\'s fear is that the ferry will stop running by June.',
      'Tomas Berg was asked about the levy. Berg\'s response was that the harbour needs the money now.',
      'The dockworkers met on Friday. Their argument: only the port board can fix the silted channel.',
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
});
