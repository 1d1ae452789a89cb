import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Verbs of manner or of going on ("shot back", "went on to say", "continues", "questioned") report
// speech only next to a quotation: there the quotation is the content and the person next to the
// verb its speaker.
describe('a quotation with a verb of manner for its cue', () => {
  it('after the quotation', () => {
    expect(said(run(['“The ferry is not for sale at any price,” Piet Holm shot back.']))).toEqual([
      'Piet Holm | The ferry is not for sale at any price',
    ]);
  });

  it('after a question, in a sentence of its own', () => {
    expect(said(run(['“Is the mayor really going to close the pier before the summer?” Ada Lind questioned.']))).toEqual([
      'Ada Lind | Is the mayor really going to close the pier before the summer?',
    ]);
  });

  it('after a question pushed: "pressed", "demanded"', () => {
    expect(said(run(['“Would the fees be lower for the small fishing boats?” Ada Lind pressed.']))).toEqual([
      'Ada Lind | Would the fees be lower for the small fishing boats?',
    ]);
    expect(said(run(['“Why was the pier left to rot for ten years?” demanded Piet Holm.']))).toEqual([
      'Piet Holm | Why was the pier left to rot for ten years?',
    ]);
  });

  it('with a pronoun for a speaker named before', () => {
    const r = run(['Ada Lind spoke to the crowd at the dock on Friday.', '“We will keep the ferry running through the winter,” she went on.']);
    expect(said(r)).toEqual(['Ada Lind | We will keep the ferry running through the winter']);
  });

  it('before the quotation, closed by a comma or a colon', () => {
    expect(said(run(['Piet Holm went on to say, “The pier will be the first thing we fix when the money comes in.”']))).toEqual([
      'Piet Holm | The pier will be the first thing we fix when the money comes in.',
    ]);
    expect(said(run(['Ada Lind continued by saying: “We will appeal this decision because the town needs clarity.”']))).toEqual([
      'Ada Lind | We will appeal this decision because the town needs clarity.',
    ]);
  });

  it('not when a thing does it', () => {
    expect(said(run(['“Sold out,” the price of the tickets shot back up after the show.']))).toEqual([]);
    expect(said(run(['The talks went on, “a marathon of a meeting” in the words of the minutes.']))).toEqual([]);
  });

  it('not away from a quotation', () => {
    expect(said(run(['Piet Holm went on to fix the pier, and the ferry continues to run at a loss.']))).toEqual([]);
    expect(said(run(['The crew pressed the button. “Full steam,” read the sign on the wall.']))).toEqual([]);
  });
});
