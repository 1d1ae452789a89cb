import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a question put by the agent of "asked by"', () => {
  it('credits the question to the one who asked it, the answer to the one who answered', () => {
    const r = run(['Asked by a reporter whether the pier was safe, Ines Holm said the engineers would decide on Monday.']);
    expect(said(r)).toEqual([
      'reporter | whether the pier was safe',
      'Ines Holm | the engineers would decide on Monday',
    ]);
    expect(r.quotes[0]!.cue).toBe('Asked');
  });

  it('reads "if", "about" and a "to" infinitive after a named agent', () => {
    const r = run([
      'The harbour master Ines Holm spoke on Friday. She said she would stay when asked by host Ada Lind if that remains her plan.',
      'Asked by Tobias Wren to respond to the mayor’s criticism, the harbour master declined.',
    ]);
    const asked = r.quotes.filter((q) => q.provenance.extractor === 'sources/asked-by').map((q) => `${q.speaker} | ${q.text}`);
    expect(asked).toEqual([
      'Ada Lind | if that remains her plan',
      'Tobias Wren | to respond to the mayor’s criticism',
    ]);
  });

  it('reads no question without its clause, nor an agent of another passive', () => {
    const r = run([
      'The harbour master was asked by reporters.',
      'The pier was damaged by the storm whether or not anyone asked.',
    ]);
    expect(r.quotes.filter((q) => q.provenance.extractor === 'sources/asked-by')).toEqual([]);
  });

  it('leaves the "she" after the question to the one who was asked, not the asker', () => {
    const r = run([
      'Ines Holm was asked by moderator Ada Lind whether the harbour fees would rise before the summer.',
      'The harbour master’s answer was that the fees were fair. But she had a bit of a slip.',
      '“We will raise them twice,” she said.',
    ]);
    expect(said(r)).toEqual([
      'Ada Lind | whether the harbour fees would rise before the summer',
      'Ines Holm | We will raise them twice',
    ]);
  });

  it('reads "pressed by" with a named apposition, and a time between the agent and the question', () => {
    const r = run([
      'The harbour master was pressed by the station’s host, Ada Lind, about her plan to double the mooring fees.',
      'When asked by Tobias Wren on Monday about moving the ferry terminal, the mayor said the council would vote.',
    ]);
    const asked = r.quotes.filter((q) => q.provenance.extractor === 'sources/asked-by').map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);
    expect(asked).toEqual([
      'Ada Lind | pressed | about her plan to double the mooring fees',
      'Tobias Wren | asked | about moving the ferry terminal',
    ]);
  });

  it('keeps a question in the main clause whole through its own commas', () => {
    const r = run(['Ines Holm was asked by moderator Ada Lind whether the new fees, which the port board set in May, would drive the fishing boats away.']);
    expect(r.quotes.find((q) => q.provenance.extractor === 'sources/asked-by')?.text)
      .toBe('whether the new fees, which the port board set in May, would drive the fishing boats away');
  });

  it('reads no deed pushed by "pressed by … to", only one asked', () => {
    const r = run(['The mayor, pressed by the harbour pilots to release the safety report, turned instead to the budget.']);
    expect(r.quotes.filter((q) => q.provenance.extractor === 'sources/asked-by')).toEqual([]);
  });
});
