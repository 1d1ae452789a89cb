import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A quotation standing alone right after a sentence that ends on someone's reported statement goes
// on in that speaker's words (refiners/continuation.ts, reportedRightBefore).
const lines = (paragraph: string) => said(run([paragraph], [], { attitudes: true }));

describe('a quotation after a reported statement', () => {
  it("credits the quoted sentence to the reported statement's speaker", () => {
    expect(lines('Greta Lind says she felt sorry for the boy. "I even knitted him a scarf for the winter." She says she never regretted it.'))
      .toContain('Greta Lind | I even knitted him a scarf for the winter.');
  });

  it('and a quoted question that ends the paragraph', () => {
    expect(lines('Greta Lind says the council never answered her letters. "Why would they listen to a pensioner?"'))
      .toContain('Greta Lind | Why would they listen to a pensioner?');
  });

  it('not after a position', () => {
    expect(lines('Greta Lind hopes the council will listen. "The bus stop has been broken for a year."')
      .some((l) => l.includes('bus stop'))).toBe(false);
  });

  it('not a quotation with a cue of its own after its closing mark', () => {
    expect(lines('Greta Lind says the bus was late again. "Did you wait long?" Tom Abel asked her.')
      .some((l) => l.startsWith('Greta Lind | Did you wait long'))).toBe(false);
  });

  it('not a quotation the sentence goes on after', () => {
    expect(lines('Greta Lind says the mayor was wrong. "The old pier" was never safe to begin with.')
      .some((l) => l.startsWith('Greta Lind | The old pier'))).toBe(false);
  });
});
