import { describe, expect, it } from 'vitest';
import { isLookTo, looksToAVerb } from '../../../src/core/sources/look-to-aim';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);
const lookTo = (r: ReturnType<typeof run>) => lines(r).filter((l) => /\| look\w* to \|/.test(l));

describe('"look to" + a verb: an aim (attitude reading)', () => {
  it('reads the infinitive as what the subject aims at, in every tense', () => {
    const r = run([
      'The ferry strike entered its third week. Tomas Lund looks to build on his lead among the harbour crews.',
      'The council met on Monday. Mara Jensen looked to cut the port levy before the summer season.',
      'The vote is close. Ann Roe is looking to win back the fishing villages on the northern coast.',
    ], [], ATTITUDES);
    expect(lookTo(r)).toEqual([
      'Tomas Lund | looks to | build on his lead among the harbour crews',
      'Mara Jensen | looked to | cut the port levy before the summer season',
      'Ann Roe | looking to | win back the fishing villages on the northern coast',
    ]);
  });

  it('reads a group "looking to" do something as that group\'s aim', () => {
    const r = run(['The board was split. Skippers looking to unseat the harbour master met in the old hall.'], [], ATTITUDES);
    expect(lookTo(r).map((l) => l.split(' | ')[2])).toEqual([expect.stringMatching(/^unseat the harbour master/)]);
  });

  it('reads no noun phrase, pronoun or appearance after "look to", and stays out of the fact sheet', () => {
    const r = run([
      'The pier flooded again. Many skippers look to the courts for an answer on the levy.',
      'The ferry was late. Tomas Lund looked to them for support during the strike.',
      'The polls tightened. Ann Roe looks to be losing ground among older voters.',
      'The harbour was quiet. Mara Jensen is looking to May, when the season opens.',
      'The crews were angry. Those looking to the future of the port stayed home on Tuesday.',
    ], [], ATTITUDES);
    expect(lookTo(r)).toEqual([]);
    expect(run(['The strike went on. Tomas Lund looks to build on his lead among the harbour crews.']).quotes).toEqual([]);
  });

  it('knows a verb from a noun phrase after the particle', () => {
    expect(isLookTo('looking to')).toBe(true);
    expect(isLookTo('look for')).toBe(false);
    expect(looksToAVerb(' ease the tension')).toBe(true);
    expect(looksToAVerb(' the future')).toBe(false);
    expect(looksToAVerb(' be growing')).toBe(false);
    expect(looksToAVerb(' Iowa next week')).toBe(false);
  });
});
