import { describe, expect, it } from 'vitest';
import { run } from './run';

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
});
