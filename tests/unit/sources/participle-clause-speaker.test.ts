import { describe, expect, it } from 'vitest';
import { run } from './run';
import { readParticipleClause } from '../../../src/core/sources/participle-clause-speaker';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';

const ATTITUDES = { attitudes: true };
const speakers = (r: ReturnType<typeof run>) => r.quotes.map((q) => q.speaker ?? '');

/** The reading of the phrase `phrase` where it first stands in `text`. */
function reading(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  const ref = readSpeaker(text, start, start + phrase.length);
  if (!ref) throw new Error(`no reading of ${phrase}`);
  return readParticipleClause(ref, text);
}

describe('a participle clause read as a speaker', () => {
  it('gives the speaker to the object a relative clause opens on', () => {
    const r = run(['The mayor warned of floods on Monday, echoing harbor engineers who say the sea wall will not hold another winter.'], [], ATTITUDES);
    const said = r.quotes.filter((q) => q.text.includes('sea wall'));
    expect(said.length).toBeGreaterThan(0);
    expect(said.every((q) => !/echoing/i.test(q.speaker ?? ''))).toBe(true);
    expect(said.some((q) => /harbor engineers/.test(q.speaker ?? ''))).toBe(true);
  });

  it('reads the object of "including" as the one who holds the stance', () => {
    const text = 'Several council members, including Deputy Mayor Ines Varga, hoping to delay the vote, walked out.';
    const r = reading(text, 'including Deputy Mayor Ines Varga');
    expect(r.kind).toBe('object');
    if (r.kind === 'object') expect(r.speaker.text).toContain('Ines Varga');
  });

  it('reads the subject of a clause the participle reports', () => {
    const text = 'The ferry union struck again on Friday, saying Marta Holm promised that the fares would fall.';
    const r = reading(text, 'saying Marta Holm');
    expect(r.kind).toBe('object');
    if (r.kind === 'object') expect(r.speaker.text).toBe('Marta Holm');
  });

  it('reads the subject after "why" in the clause the participle reports', () => {
    const text = 'The survey came out on Monday, explaining why farmers in the valley feel that prices are too low.';
    const r = reading(text, 'explaining why farmers in the valley');
    expect(r.kind).toBe('object');
    if (r.kind === 'object') expect(r.speaker.text).toContain('farmers');
  });

  it('reads a verb before its object at a sentence\u2019s start', () => {
    const text = 'Trusting Pavel Novak with the harbor budget was a gamble. Pavel Novak said the harbor would pay for itself.';
    expect(reading(text, 'Trusting Pavel Novak').kind).not.toBe('none');
  });

  it('leaves an adjective in -ing after a determiner', () => {
    const text = 'In the debate, the leading candidates argued that taxes must rise.';
    expect(reading(text, 'leading candidates').kind).toBe('none');
  });

  it('leaves a name in -ing the text capitalises inside a sentence', () => {
    const text = 'Wyoming Republicans argued that the land should be sold. The vote in Wyoming was close.';
    expect(reading(text, 'Wyoming Republicans').kind).toBe('none');
    const r = run([text], [], ATTITUDES);
    expect(speakers(r)).toContain('Wyoming Republicans');
  });

  it('leaves "a growing number of" and a noun with no object after it', () => {
    expect(reading('Since March, growing numbers of nurses say the wards are full.', 'growing numbers of nurses').kind).toBe('none');
    expect(reading('Voting rights advocates said the new maps were unfair.', 'Voting rights advocates').kind).toBe('none');
  });
});
