import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run, said } from './run';

const read = (phrase: string) => {
  const r = readSpeaker(phrase, 0, phrase.length);
  return r ? `${r.text} | ${r.kind}` : null;
};

// "Another said, “…”": one more of the people the story has just heard, as "others" is several more.
describe('"another" standing alone for a speaker', () => {
  it('reads "another" and "yet another" as an unnamed speaker', () => {
    expect(read('Another')).toBe('Another | anonymous');
    expect(read('Yet another')).toBe('Yet another | anonymous');
    // ("One said …" stays unread: "one could argue" is anyone, no person of the story.)
    expect(read('One')).toBeNull();
  });

  it('gives the quotation before or after the cue a speaker', () => {
    const r = run([
      'Ferry passengers waited on the pier for two hours.',
      'Another said, “We will take the bus from now on.”',
      '“The timetable is a joke,” wrote yet another.',
    ]);
    expect(said(r)).toContain('Another | We will take the bus from now on.');
    expect(said(r).some((l) => l.startsWith('yet another | The timetable is a joke'))).toBe(true);
  });

  it('takes no position or stance of a bare "another", which is as often a thing as a person', () => {
    const r = run([
      'One study found no effect on fares.',
      'Another showed that the levy raised them.',
      'A ferry firm called Brill sold its boats, and another called Tarn Lines kept them.',
    ], [], { attitudes: true });
    expect(r.quotes.filter((q) => /another/i.test(q.speaker ?? ''))).toHaveLength(0);
  });

  it('gives no role to a name set off after a lone "another": the name speaks', () => {
    const r = run([
      'Several firms are courting school districts with video analytics.',
      'Another, Pelco, announced it will provide schools with a version of its cameras.',
    ]);
    const pelco = r.sources.find((s) => s.name === 'Pelco');
    expect(pelco?.role ?? null).toBeNull();
    expect(said(r).some((l) => l.startsWith('Pelco | it will provide schools'))).toBe(true);
  });
});
