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
    expect(said(run(['The mayor had a message for Ryan: “Get out of the race before it is too late for you.”']))).toEqual([]);
  });

  it('not when what follows is a title or a fragment', () => {
    expect(said(run(['The prize went to three poets. The winners - Ada Lind: “Tide and Time”, a poem of the harbour.']))).toEqual([]);
  });
});
