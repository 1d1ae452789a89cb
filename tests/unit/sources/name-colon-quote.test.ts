import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// Roundups and newsletters introduce a quotation with the speaker's name and a colon, no verb.
describe('a quotation after a name and a colon', () => {
  it('is the named person’s, after a section heading and a dash', () => {
    expect(said(run(['FERRIES RUN LATE - Ada M. Lind: “Our count of the crossings finds that twenty boats ran late in May.”']))).toEqual([
      'Ada M. Lind | Our count of the crossings finds that twenty boats ran late in May.',
    ]);
  });

  it('and after "more from"', () => {
    const r = run([
      'FERRIES RUN LATE - Ada M. Lind: “Our count of the crossings finds that twenty boats ran late in May.”',
      'What it means for the summer - More from Lind: “The timetable of the harbour is only a starting point.”',
    ]);
    expect(said(r)[1]).toBe('Ada M. Lind | The timetable of the harbour is only a starting point.');
  });

  it('and in a list of speakers, one after another', () => {
    expect(said(run(['Holm: "Our goal is to finish the new pier before the winter." Berg: "The goal is to keep the old pier open."']))).toEqual([
      'Holm | Our goal is to finish the new pier before the winter.',
      'Berg | The goal is to keep the old pier open.',
    ]);
  });

  it('not when the name is the object of the sentence before the colon', () => {
    // (The mayor's, as the one who had the message: spoken-object-colon.ts.)
    expect(said(run(['The mayor had a message for Ryan: “Get out of the race before it is too late for you.”']))
      .some((line) => line.startsWith('Ryan'))).toBe(false);
  });

  it('not when what follows is a title or a fragment', () => {
    expect(said(run(['The prize went to three poets. The winners - Ada Lind: “Tide and Time”, a poem of the harbour.']))).toEqual([]);
  });
  it('before a cue in the heading before the dash', () => {
    expect(said(run(['Skippers agree - Karl Holm: “Nobody here wants the toll, but nobody wants to lose the ferry either.”']))).toEqual([
      'Karl Holm | Nobody here wants the toll, but nobody wants to lose the ferry either.',
    ]);
  });

  it('in a roundup paragraph whose items end on bracketed credits, the dash touching "More from"', () => {
    const r = run([
      'FERRIES LOSE MONEY - Ada Lind: “The ferry has lost money in each of the last six years, and the losses grow.” [Courier.] Riders agree - Tom Berg: “Most riders would pay more to keep the service running all winter.” [Post.] What the numbers say -More from Lind: “Data from our survey show that the late boats carry the most riders.“[Post.]',
    ]);
    expect(said(r)).toEqual([
      'Ada Lind | The ferry has lost money in each of the last six years, and the losses grow.',
      'Tom Berg | Most riders would pay more to keep the service running all winter.',
      'Ada Lind | Data from our survey show that the late boats carry the most riders.',
    ]);
  });

  it('not when the words before the dash hold no dash-set name part', () => {
    expect(said(run(['The toll will rise - and the board knows it: “Nobody here wants the toll, but nobody wants to lose the ferry.”']))).toEqual([]);
  });
});
