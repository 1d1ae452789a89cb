import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('stances held as nouns for persons (attitude reading)', () => {
  it('reads "X is a supporter of …" with the subject as the holder', () => {
    const r = run([
      'Mara Jensen is a longtime supporter of the harbour levy.',
      'Tomas Berg has been a consistent and outspoken critic of the ferry board, which meets on Fridays.',
      'Ruth Okafor spoke on Monday. She remains a proponent of lower fares.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | supporter | the harbour levy',
      'Tomas Berg | critic | the ferry board',
      'Ruth Okafor | proponent | lower fares',
    ]);
  });

  it('reads an apposition: "Ann, an early backer of …," and "A critic of …, Ann …"', () => {
    const r = run([
      'Mara Jensen, an early backer of the bridge plan, met the council on Tuesday.',
      'A fierce opponent of the tariff, Tomas Berg voted against it twice.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Mara Jensen | backer | the bridge plan');
    expect(lines(r)).toContain('Tomas Berg | opponent | the tariff');
  });

  it('reads the name in front of the noun as a predicate: "she is a Jensen supporter"', () => {
    const r = run(['Ruth Okafor lives near the pier. She is a longtime Jensen supporter.'], [], ATTITUDES);
    expect(lines(r)).toContain('Ruth Okafor | supporter | Jensen');
    // An apposition only describes the person: "Berg, a Jensen loyalist, chaired …" states no position.
    expect(lines(run(['Tomas Berg, a Jensen loyalist, chaired the meeting.'], [], ATTITUDES)).filter((l) => l.includes('loyalist'))).toEqual([]);
  });

  it('takes no place for the holder: "Berg of North Haven, a critic of …"', () => {
    const r = run(['Tomas Berg of North Haven, a critic of the tariff, chaired the meeting.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.startsWith('North Haven') || l.startsWith('Haven'))).toEqual([]);
  });

  it('needs a person or a body as the holder, and stays out of the fact sheet', () => {
    expect(run(['The tariff is a critic of nothing at all.'], [], ATTITUDES).quotes).toEqual([]);
    expect(run(['The rally drew supporters of the mayor from three towns.'], [], ATTITUDES).quotes).toEqual([]);
    expect(run(['Mara Jensen is a longtime supporter of the harbour levy.']).quotes).toEqual([]);
  });
});

describe('stances held as nouns: a relative subject', () => {
  it('reads no position from "…, Republican of North Haven, who is a Jensen supporter"', () => {
    const r = run(['"We need a plan," said Senator Tomas Berg, Republican of North Haven, who is now a reluctant Jensen supporter.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('supporter'))).toEqual([]);
  });
});
