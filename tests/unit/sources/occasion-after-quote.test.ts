import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('an occasion after a speaker whose quoted statement came first', () => {
  it('keeps the statement before the speaker when the quotation closes on its own comma', () => {
    const r = run(['Tom Vargas’ plan would “end all the ferries we know,” Ada Lund declared in an interview Thursday, in the latest round of the fight over the fee.']);
    expect(said(r)).toEqual(['Ada Lund | Tom Vargas’ plan would “end all the ferries we know,”']);
  });

  it('still reads a clause after the verb as what was declared', () => {
    const r = run(['At the dock, Ada Lund declared in an interview that the ferries would stop.']);
    expect(said(r)).toEqual(['Ada Lund | the ferries would stop']);
  });

  it('reads no occasion as the statement when the quotation opens the sentence and the speaker follows it', () => {
    // (The quotation goes to the speaker; the phrase after the verb is where and how it was said.)
    const quoted = run(['“The pier comes first, whatever the board says,” the tall, 64-year-old harbour master said in a long interview with the Courier.']);
    expect(said(quoted).some((l) => /in a long interview/.test(l))).toBe(false);
    const manner = run(['“We will sail at dawn, storm or no storm,” Ada Lund said calmly into the microphone.']);
    expect(said(manner).some((l) => /into the microphone/.test(l))).toBe(false);
    // ("as Lund said on the radio on Monday": an aside after a quotation that closes on its comma.)
    const aside = run(['The fact that the vote is “a coin toss right now,” as Lund said on the radio on Monday, only raises the stakes.']);
    expect(said(aside).some((l) => /on the radio/.test(l))).toBe(false);
  });

  it('still reads the occasion-shaped words when no quotation stands before the speaker', () => {
    const r = run(['The harbour master said in a long interview with the Courier that the pier comes first.']);
    expect(said(r)).toEqual(['harbour master | the pier comes first']);
  });
});
