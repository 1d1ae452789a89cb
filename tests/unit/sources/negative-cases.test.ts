import { describe, expect, it } from 'vitest';
import { growth, GROWTH_TIMEOUT } from '../../helpers/growth';
import { run } from './run';

// What must NOT become a quote or a source.
describe('not attributions', () => {
  it('ignores scare quotes', () => {
    const r = run(['The council called it a “temporary” closure, but the so-called “plan” has no end date.']);
    expect(r.quotes).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  it('does not take a reported clause for the subject of the cue inside it', () => {
    const r = run(['“We will not close the park,” said Councillor Ana Reyes.', 'Reyes said the council would ask the government for at least £12 million next year.']);
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]!.name).toMatch(/^(?:Councillor )?Ana Reyes$/);
    expect(r.quotes.map((q) => q.speaker)).toEqual([r.sources[0]!.name, r.sources[0]!.name]);
  });

  it('ignores quoted titles of books, films and programmes', () => {
    const r = run([
      'Her book “The Long Tide of Summer” sold well.',
      'The documentary “Salt and Stone” opens on Friday, and the film “A River Runs Dry” follows in May.',
    ]);
    expect(r.quotes).toEqual([]);
  });

  it('drops a quotation with no speaker', () => {
    const r = run(['The sign on the gate read “No entry after dark”.', '“Everything is fine here.”']);
    expect(r.quotes).toEqual([]);
  });

  it('does not read nouns and adjectives that look like cues', () => {
    const r = run([
      'Reports of flooding reached the states along the coast.',
      'The said agreement was signed in 2019.',
      'Police found a car abandoned near the bridge.',
      'The show opened to full houses.',
    ]);
    expect(r.quotes).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  it('does not take a place adverbial for a speaker', () => {
    const r = run(['In Port Ellis, officials said the storm had passed.']);
    expect(r.sources.map((s) => s.name)).toEqual(['officials']);
  });

  it('does not take a quotation embedded in reported speech as a quote of its own', () => {
    const r = run(['Losses rose as the army relied on “human wave” attacks, a military analyst said.']);
    expect(r.quotes).toHaveLength(1);
    expect(r.quotes[0]!.direct).toBe(false);
    expect(r.quotes[0]!.text).toBe('Losses rose as the army relied on “human wave” attacks');
  });

  it('stays linear on a long hostile page', () => {
    const unit = '“Yes,” he said, “and ” said “ said, ” according to according to, ';
    const page = (size: number) => [`${unit.repeat(size)}Jones said that ${'a '.repeat(size * 16)}.`, 'Mr. A. B. C. D. E. said: “', '“'.repeat(size * 2)];
    expect(() => run(page(3000))).not.toThrow();
    expect(growth((size) => run(page(size)), 100)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);

  it('never takes a sentence adverb or an indefinite pronoun for a speaker', () => {
    const r = run([
      'Rather, find the money in the harbour fund, the report suggested.',
      'Significantly, the judge said the fine would stand.',
      'Everything the board says is on the record.',
    ]);
    expect(r.sources.map((s) => s.name)).not.toContain('Rather');
    expect(r.sources.map((s) => s.name)).not.toContain('Significantly');
    expect(r.sources.map((s) => s.name)).not.toContain('Everything');
  });

  it('never takes an opening "-tely", "-ably" or "-arly" adverb for a speaker', () => {
    const r = run([
      'Fortunately, there is a small kitchen scale to address this.',
      'Arguably, there was no better way to settle the bill.',
      'Similarly, a second pump was fitted to support the first one.',
    ], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toEqual([]);
    expect(r.quotes).toHaveLength(0);
  });
});
