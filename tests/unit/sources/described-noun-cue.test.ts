import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('noun cues with a possessive holder and describing words (attitude reading)', () => {
  it('reads an open describing word before the noun', () => {
    const r = run([
      'Mara Jensen spoke at the pier. Jensen\'s controversial proposal to close the ferry landing angered the crews.',
      'Tomas Berg toured the docks. The crews remembered Berg\'s gloomy prediction that the harbour would silt up within a decade.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | proposal | to close the ferry landing angered the crews');
    expect(lines(r)).toContain('Tomas Berg | prediction | the harbour would silt up within a decade');
  });

  it('reads nouns of stance noun-cue does not list, with a short object', () => {
    const r = run([
      'Ruth Okafor spoke on Monday. The vote showed Okafor\'s quiet disapproval of tolls.',
      'Lena Park met the board. Park\'s reluctance to raise fares was plain.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Ruth Okafor | disapproval | tolls');
    expect(lines(r)).toContain('Lena Park | reluctance | to raise fares was plain');
  });

  it('reads no relative "that", no plan, no amount, no "its", and stays out of the fact sheet', () => {
    const cues = (r: ReturnType<typeof run>) => lines(r).filter((l) => /\| (?:remarks|plan|estimate|intention) \|/.test(l));
    expect(cues(run(['Ruth Okafor spoke on Monday. Little in Okafor\'s long remarks that followed the vote surprised anyone.'], [], ATTITUDES))).toEqual([]);
    expect(cues(run(['Ruth Okafor spoke on Monday. Okafor\'s new plan to widen the road goes to the board.'], [], ATTITUDES))).toEqual([]);
    expect(cues(run(['The agency met on Monday. The agency\'s revised estimate of 40 percent stood.'], [], ATTITUDES))).toEqual([]);
    expect(cues(run(['The council met on Monday. It declared its firm intention to sell the pier.'], [], ATTITUDES))).toEqual([]);
    expect(run(['Mara Jensen spoke at the pier. Jensen\'s controversial proposal to close the ferry landing angered the crews.']).quotes).toEqual([]);
  });

  it('ends the content of a noun in a fronted phrase at its comma ("Despite Berg\'s vows to …, …")', () => {
    const r = run(['Tomas Berg runs the port. Despite Berg\'s repeated vows to dredge the harbour, the ferries still run aground.'], [], ATTITUDES);
    expect(lines(r)).toContain('Tomas Berg | vows | to dredge the harbour');
  });
});
