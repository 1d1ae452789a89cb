import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Patterns of the default reading (the fact sheet's quotes) added with the PolNeAR work.
describe('more attribution patterns', () => {
  it('resolves "who said" to the name ending the clause before it', () => {
    expect(said(run(['The plan drew fire from Councillor Mara Jensen, who said the fares would double.']))).toEqual([
      'Mara Jensen | the fares would double',
    ]);
  });

  it('takes a bare attribution sentence after a quotation that ends with its own mark', () => {
    expect(said(run(['“Why would anyone cut the night ferry?” Jensen said.', '“We are done.” Jensen said the union would strike.']))).toEqual([
      'Jensen | Why would anyone cut the night ferry?',
      'Jensen | the union would strike',
    ]);
  });

  it('gives both halves of "“…,” said a deckhand, “…”" to the deckhand', () => {
    expect(said(run(['Jensen spoke at the pier. “The crossing is too slow,” said a deckhand, “and the boats are old.”']))).toEqual([
      'deckhand | The crossing is too slow',
      'deckhand | and the boats are old.',
    ]);
  });

  it('lets a participle before a quotation share the sentence subject', () => {
    // ("posted a short video" is an act on a thing, not a statement: thing-object.ts.)
    expect(said(run(['Tomas Berg posted a short video, saying, “We will keep every crossing running this winter.”']))).toEqual([
      'Tomas Berg | We will keep every crossing running this winter.',
    ]);
  });

  it('reads a document finding that closes its sentence', () => {
    expect(said(run(['Crossings fell by a fifth after the fare rise, a study by the Island Transport Institute found.']))).toEqual([
      'Island Transport Institute | Crossings fell by a fifth after the fare rise',
    ]);
  });

  it('reads signed quotations run together in one paragraph', () => {
    expect(said(run(['“Ferries are lifelines.” ― Ada Holm “We need a night boat.” ― Piet Lund']))).toEqual([
      'Ada Holm | Ferries are lifelines.',
      'Piet Lund | We need a night boat.',
    ]);
  });

  it('counts the quotation’s words after a parenthetical cue, and words before a quotation after the cue', () => {
    expect(said(run(["Mara Jensen runs the co-op. The crossing, she said, is ''slower than it was in 1990.''"]))).toEqual([
      "Mara Jensen | The crossing is ''slower than it was in 1990.''",
    ]);
    expect(said(run(['Mara Jensen runs the co-op. She said Berg “has never taken the night boat. Not once, not in ten years.”']))).toEqual([
      'Mara Jensen | Berg “has never taken the night boat. Not once, not in ten years.”',
    ]);
  });

  it('keeps a "though" clause in the content, and a "that" after a verb is not a complementiser', () => {
    expect(said(run(['Mara Jensen said the board would meet on Monday, though no date was set.', 'Jensen said the ferry would resemble that of the mainland.']))).toEqual([
      'Mara Jensen | the board would meet on Monday, though no date was set',
      'Mara Jensen | the ferry would resemble that of the mainland',
    ]);
  });

  it('carries a quotation on after an indirect statement closed by its cue', () => {
    expect(said(run(["Piet Lund owns the marina. Boats may cost more ''because the season is short,'' Mr. Lund said. ''But the winter berths pay for the summer.''"]))).toEqual([
      "Piet Lund | Boats may cost more ''because the season is short,''",
      'Piet Lund | But the winter berths pay for the summer.',
    ]);
  });

  it('reads "told X that “…”" and a split quotation around a long adjunct', () => {
    expect(said(run(['Mara Jensen told the radio station that “the night ferry is staying.”']))).toEqual([
      'Mara Jensen | the night ferry is staying.',
    ]);
    expect(said(run(['“The fares will hold,” Mara Jensen said during a visit to Harbour Point, N.S., “and the timetable too.”']))).toEqual([
      'Mara Jensen | The fares will hold',
      'Mara Jensen | and the timetable too.',
    ]);
  });

  it('shares an opening subject with "and said" / "but said" past an apposition, and skips a day before the verb', () => {
    expect(said(run([
      'Ferry Workers United, tired of the delays, blocked the pier on Monday and said they would stay until the board met.',
      'Mara Jensen backed the plan at first but said the fares were too high.',
      'Tomas Berg later Thursday told reporters the night ferry would run.',
    ]))).toEqual([
      'Ferry Workers United | they would stay until the board met',
      'Mara Jensen | the fares were too high',
      'Tomas Berg | the night ferry would run',
    ]);
  });

  it('resolves "according to him" to the person named before', () => {
    expect(said(run(['Tomas Berg spoke at length. According to him, the board never read the survey.']))).toEqual([
      'Tomas Berg | the board never read the survey',
    ]);
  });

  it('takes "Mr. X asked." after a question, and a time adjunct between subject and verb', () => {
    expect(said(run(['Piet Lund runs the marina. “Can we fill the berths?” Mr. Lund asked. “Not this year, and maybe not the next.”', 'Mayor Ann Lee on Saturday said the pier would reopen.']))).toEqual([
      'Piet Lund | Can we fill the berths?',
      'Piet Lund | Not this year, and maybe not the next.',
      'Ann Lee | the pier would reopen',
    ]);
  });

  it('reads past an apposition that names a place with its state', () => {
    expect(said(run(['Mara Jensen, speaking at a rally in Portland, Ore., warned that the ferry levy would rise.']))).toEqual([
      'Mara Jensen | the ferry levy would rise',
    ]);
  });
});
