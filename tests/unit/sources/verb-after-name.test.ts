import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';
import { run } from './run';

const read = (phrase: string) => readSpeaker(`${phrase} said the plan was sound.`, 0, phrase.length);

describe('a name, a past form, then a name: a clause, whose last name is an object', () => {
  it('gives a participle the subject, not the person the subject went after', () => {
    const r = run(['Tom Reyes went after Paul Lund on Wednesday over his refusal to release records, calling it “disqualifying.”']);
    const calling = r.quotes.find((q) => q.text.includes('disqualifying'));
    expect(calling?.speaker).toBe('Tom Reyes');
  });

  it('reads no speaker from "Nora Lind praised mayor Ed Holm"', () => {
    expect(read('Nora Lind praised mayor Ed Holm')).toBeNull();
  });

  it('keeps descriptions before a name, past forms among them', () => {
    expect(read('Harbour board chairman Per Vik')?.name).toBe('Per Vik');
    expect(read('Former embattled spokesman Jon Ekdal')?.name).toBe('Jon Ekdal');
    expect(read('retired neurosurgeon Ada Brenner')?.name).toBe('Ada Brenner');
  });
});
