import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('"according to X" after a reporting cue set off by commas', () => {
  it('leaves the part before the cue to its speaker and gives X only what follows', () => {
    const r = run(['The merger will create one ferry company, Halvorsen said, which is seeking a $40 million loan, according to the Island Courier.']);
    expect(lines(r)).toEqual([
      'Halvorsen | said | The merger will create one ferry company which is seeking a $40 million loan',
      'Island Courier | according to | which is seeking a $40 million loan',
    ]);
  });

  it('still gives X the whole sentence when no cue stands in it', () => {
    const r = run(['The merger will create one ferry company, which is seeking a $40 million loan, according to the Island Courier.']);
    expect(lines(r)).toEqual(['Island Courier | according to | The merger will create one ferry company, which is seeking a $40 million loan']);
  });
});
