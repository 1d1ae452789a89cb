import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };

describe('subjects of a reporting verb', () => {
  it('reads past a description the lexicon does not know, and a place after "from X"', () => {
    const r = run([
      'Ilse Marten, a ferry pilot from Vardby, Nordland, said the crossing was safe.',
      'Oskar Lund, a net mender from Hale, Ore., who has worked the docks for years, said the fees were fair.',
      'Per Vik, the editor in chief of the island weekly, The Skerry Post, said every skipper was worried.',
    ]);
    expect(said(r)).toEqual([
      'Ilse Marten | the crossing was safe',
      'Oskar Lund | the fees were fair',
      'Per Vik | every skipper was worried',
    ]);
    expect(r.sources[0]!.role).toBe('ferry pilot from Vardby');
  });

  it('takes a plural without a determiner as a group of sources', () => {
    const r = run(['Dock groups say the new tariff hurts small boats.', 'Mayor Ruth Okafor’s advisers said the tariff would stay.']);
    expect(said(r)).toEqual([
      'Dock groups | the new tariff hurts small boats',
      'Mayor Ruth Okafor’s advisers | the tariff would stay',
    ]);
  });

  it('takes no lone lower-case plural, prepositional phrase or number for a group', () => {
    expect(said(run(['Losses rose as the fleet relied on night crossings, a harbour analyst said.']))).toEqual([
      'harbour analyst | Losses rose as the fleet relied on night crossings',
    ]);
    const r = run(['Damage was found at three piers, including the ferry docks, fuel sheds and warehouses, the coast guard said.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).toEqual(['coast guard']);
    expect(run(['Among islanders, 41 percent oppose the tariff.'], [], ATTITUDES).sources.map((s) => s.name)).toEqual(['41 percent']);
  });

  it('keeps an indirect statement that holds a shorter quotation of its own', () => {
    const r = run(['Okafor said on Monday that the board had rejected her plan, calling it “a step too far.”']);
    expect(said(r)).toEqual([
      'Okafor | the board had rejected her plan, calling it “a step too far.”',
      'Okafor | a step too far.',
    ]);
  });
});
