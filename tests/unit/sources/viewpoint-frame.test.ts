import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.filter((q) => q.provenance.extractor === 'sources/viewpoint-frame').map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('views framed by a preposition (attitude reading)', () => {
  it('reads an opening frame: "In the mayor\'s view, …", "By the Courier\'s count, …"', () => {
    const r = run([
      "In Mayor Tove Berg's view, the harbour budget is sound and the levy can wait.",
      "By the Skerry Courier's count, Okafor now has 40 delegates to Lind's 31.",
      'In the eyes of most voters, the tariff was a betrayal of the coast.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Tove Berg | view | the harbour budget is sound and the levy can wait',
      "Skerry Courier | count | Okafor now has 40 delegates to Lind's 31",
      'most voters | eyes | the tariff was a betrayal of the coast',
    ]);
  });

  it('reads a frame set off inside the sentence as the clause it stands in, and one closing it', () => {
    const r = run([
      "The only other change, in Professor Ada Lund's view, would be a second ferry for the islands.",
      'The strike has left the coast with two unions that, in the words of one organizer, have nothing left to lose.',
      'Forty thousand acres of forest have been cleared since 2001, by one estimate.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      "Ada Lund | view | The only other change, in Professor Ada Lund's view, would be a second ferry for the islands",
      'organizer | words | that, in the words of one organizer, have nothing left to lose',
      'estimate | estimate | Forty thousand acres of forest have been cleared since 2001',
    ]);
  });

  it('keeps the whole relative word when a space follows it: "that she was, in his words, …"', () => {
    const r = run(['The inquiry heard that she was, in Captain Ivar Roe\'s words, the best pilot on the coast.'], [], ATTITUDES);
    expect(lines(r)).toEqual(["Ivar Roe | words | that she was, in Captain Ivar Roe's words, the best pilot on the coast"]);
  });

  it('reads after the frame when the clause opens with it: "because, in Roe\'s words, …"', () => {
    const r = run(['The ferry sailed at dawn because, in Captain Ivar Roe\'s words, the islands could not wait another day.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ivar Roe | words | the islands could not wait another day']);
  });

  it('leaves phrases that frame no view: a literal look, an object, a time or a thing', () => {
    const r = run([
      'Tove Berg saw in their eyes a fear of the coming storm.',
      "In his view of the race, nothing had changed since the spring.",
      'In other words, the vote on the levy was close.',
      'The captain trusted in her judgment and sailed on.',
      "In the harbour's view, the new pier looked out of place.",
      'By all accounts, the ferry was late again on Monday.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('reads nothing for the fact sheet', () => {
    expect(run(["In Mayor Tove Berg's view, the harbour budget is sound."]).quotes).toEqual([]);
  });
});
