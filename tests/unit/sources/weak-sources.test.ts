import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const names = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).sources.map((s) => s.name);

describe('subjects that hold no position a reader would list', () => {
  it('drops rules and laws a statement is "according to"', () => {
    expect(names([
      'The ferry board has the right to set its own fares, according to maritime law.',
      'The crews may strike for two days, according to the rules of the union.',
    ])).toEqual([]);
  });

  it('drops a name that is the object of a preposition in the subject', () => {
    expect(names(['The broadest index of Nordland shares rose 0.4% on Monday.'])).toEqual([]);
  });

  it('drops the plural of an abbreviation read as a subject', () => {
    expect(names(['SPACs saw a boom in popularity in 2021.'])).toEqual([]);
  });

  it('drops a position the text only supposes', () => {
    const r = run([
      'Okafor also noted that Governor Per Lund may not be happy with the counties’ plan. “Nothing has changed,” she said.',
    ], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).toEqual(['Okafor']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Okafor', 'Okafor']);
  });

  it('drops descriptions of things that hold positions only, and keeps people counted', () => {
    expect(names([
      'The pair were hoping for better news from the harbour board on Friday.',
      'As of 2016, the country had admitted more than 14,000 refugees.',
    ])).toEqual([]);
    expect(names(['Twenty-three per cent of islanders said they disliked both plans.'])).toEqual(['Twenty-three per cent of islanders']);
    expect(names(['Many islanders are unhappy with the new timetable.'])).toEqual(['Many islanders']);
  });
});
