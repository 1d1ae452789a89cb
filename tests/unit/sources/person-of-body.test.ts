import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../../src/core/sources/speaker-phrase';

describe('a person of a body described in lower case', () => {
  it('gives the person, the body as the affiliation', () => {
    const r = readSpeaker('Tom Varga of the state harbour board', 0, 36);
    expect([r?.name, r?.kind, r?.affiliation]).toEqual(['Tom Varga', 'person', 'state harbour board']);
  });

  it('takes no body read on into a clause', () => {
    expect(readSpeaker('Tom Varga of the board in the town', 0, 34)?.name ?? null).toBeNull();
  });
});
