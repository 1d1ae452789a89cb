import { describe, expect, it } from 'vitest';
import { run } from './run';
import { isNounInfinitive } from '../../../src/core/sources/noun-infinitive';
import type { SpeakerRef } from '../../../src/core/sources/model';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('an infinitive hanging on a noun (noun-infinitive.ts)', () => {
  it('reads no speaker in a noun and the infinitive after it', () => {
    const r = run([
      'Deep Harbour startups usually make new tools, such as drones to map the reef, weather intelligence to forecast storms like floods and cheap sensors that can help farmers.',
      'The first ferry company to announce that it would raise fares was Nordlink.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('keeps a subject with a verb of its own before the infinitive, and a person told to speak', () => {
    const r = run([
      'Harbour pilot Ada Lund went on to say that the channel was too shallow.',
      'The adviser to the mayor said that the pier would close.',
    ]);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual([
      'Ada Lund | the channel was too shallow',
      'adviser to the mayor | the pier would close',
    ]);
  });

  it('leaves a verb and its object before the infinitive to the readers of control', () => {
    const nominal = (text: string, head: string, modifiers: string[]): SpeakerRef => ({
      form: 'nominal', text, start: 0, end: text.length, name: null, owner: null, role: null, affiliation: null,
      kind: 'anonymous', head, modifiers, definite: false,
    });
    expect(isNounInfinitive(nominal('weather intelligence to', 'intelligence', ['weather']))).toBe(true);
    expect(isNounInfinitive(nominal('Ada Lund begged reporters to', 'reporters', ['Ada', 'Lund', 'begged']))).toBe(false);
    expect(isNounInfinitive(nominal('the app lets ferry users to', 'users', ['app', 'lets', 'ferry', 'allowing']))).toBe(false);
    expect(isNounInfinitive(nominal('Residents gathered outside to', 'residents', []))).toBe(false);
  });
});
