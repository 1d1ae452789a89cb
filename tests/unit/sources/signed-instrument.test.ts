import { describe, expect, it } from 'vitest';
import { isSignedInstrument } from '../../../src/core/sources/signed-instrument';
import { run } from './run';

// Signing a bill, an order or a deal enacts it; signing words one can hold is a position.
const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('signing an instrument', () => {
  it('reads a bill, an order, a deal or a player signed as an act', () => {
    expect(isSignedInstrument('signed', ' the ferry bill on Tuesday')).toBe(true);
    expect(isSignedInstrument('signed', ' an executive order on harbour tolls')).toBe(true);
    expect(isSignedInstrument('signs', ' a three-year deal with the port')).toBe(true);
    expect(isSignedInstrument('signed', ' into law a measure that caps fares')).toBe(true);
    expect(isSignedInstrument('signed', ' Berg, a striker from the island club')).toBe(true);
  });

  it('keeps words signed, and other shapes and verbs', () => {
    expect(isSignedInstrument('signed', ' a letter urging the council to keep the ferry')).toBe(false);
    expect(isSignedInstrument('signed', ' a petition against the toll')).toBe(false);
    expect(isSignedInstrument('signed', ' a joint statement on the strike')).toBe(false);
    expect(isSignedInstrument('signed', ' on to the harbour plan')).toBe(false);
    expect(isSignedInstrument('backed', ' the ferry bill on Tuesday')).toBe(false);
    expect(isSignedInstrument(null, ' the ferry bill')).toBe(false);
  });

  it('drops the signing and keeps the letter', () => {
    const r = run([
      'Governor Ada Lund signed the ferry bill on Tuesday.',
      'Mayor Ines Falk signed a letter urging the council to keep the night ferry.',
    ], [], ATTITUDES);
    // (The letter's own participle tells what it holds: authored-document.ts reads it as the signer's.)
    expect(lines(r)).toEqual(['Ines Falk | urging | the council to keep the night ferry']);
  });
});
