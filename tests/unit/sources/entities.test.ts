import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('source entities', () => {
  it('resolves a surname to the full name and lists the surname as an alias', () => {
    const r = run([
      'Priya Natarajan, a hydrologist at Keller University, said the river had crested.',
      'Natarajan added that the next rain would test the new barriers.',
    ]);
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]).toMatchObject({
      name: 'Priya Natarajan', kind: 'person', aliases: ['Natarajan'], role: 'hydrologist at Keller University',
      affiliation: 'Keller University', statements: 2,
    });
    expect(r.quotes.map((q) => q.sourceId)).toEqual(['s1', 's1']);
  });

  it('gives "he said" to the speaker, not to a person merely mentioned in between', () => {
    const r = run([
      'Ben Adeyemi noted that, despite the deal, Governor Clara Voss may still veto the bill. “The votes are there,” he said.',
    ]);
    expect(said(r)).toEqual([
      'Ben Adeyemi | despite the deal, Governor Clara Voss may still veto the bill',
      'Ben Adeyemi | The votes are there',
    ]);
  });

  it('gives "he said" to the subject of the paragraph when no one has spoken in it yet', () => {
    const r = run([
      'Ben Adeyemi, the party whip, said the vote would be close.',
      'Adeyemi blamed the delay on the senate. “They sat on it for a month,” he said.',
    ]);
    expect(said(r)).toEqual(['Ben Adeyemi | the vote would be close', 'Ben Adeyemi | They sat on it for a month']);
  });

  it('merges an organisation named three ways: description, full name, "the agency"', () => {
    const r = run([
      'According to Danish intelligence, the ship left port in March.',
      'Denmark’s Defence Intelligence Service also confirmed that the crew had been replaced.',
      'The intelligence agency added that the cargo was never declared.',
      'The DIS later said the matter was closed.',
    ]);
    expect(r.sources).toHaveLength(1);
    // (Named with the one owner the article gives it, owner-of-body.ts.)
    expect(r.sources[0]!.name).toBe('Denmark’s Defence Intelligence Service');
    expect(r.sources[0]!.kind).toBe('organization');
    expect(r.sources[0]!.aliases).toEqual(['Defence Intelligence Service', 'DIS', 'intelligence agency', 'Danish intelligence']);
    expect(r.sources[0]!.statements).toBe(4);
  });

  it('names the lede\'s "an analyst said" after the analyst the next paragraph introduces', () => {
    const r = run([
      'Grain prices will keep rising through the winter, an analyst said.',
      'Hanna Berg, chief economist at Nordic Grain Partners, said the harvest had been the weakest in a decade.',
    ]);
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]!.name).toBe('Hanna Berg');
    expect(r.sources[0]!.aliases).toEqual(['analyst']);
    expect(said(r)).toEqual([
      'Hanna Berg | Grain prices will keep rising through the winter',
      'Hanna Berg | the harvest had been the weakest in a decade',
    ]);
  });

  it('resolves "the mayor" to the person introduced with that title', () => {
    const r = run(['Mayor Ruth Okafor said the harbour would reopen.', 'The mayor added that the ferries would run at half capacity.']);
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]!.aliases).toEqual(['mayor']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ruth Okafor', 'Ruth Okafor']);
  });

  it('flags anonymous sources and gathers "a source" and "another source"', () => {
    const r = run([
      'The minister will resign on Friday, a person familiar with the matter said.',
      'Officials said the cabinet had not been told.',
      'The letter was drafted a week ago, a source said. It was sent twice, another source said.',
    ]);
    expect(r.sources.map((s) => [s.name, s.kind])).toEqual([
      ['person familiar with the matter', 'anonymous'],
      ['Officials', 'anonymous'],
      ['source', 'anonymous'],
    ]);
    expect(r.sources[2]!.statements).toBe(2);
  });

  it('does not list the article\'s own author as a source', () => {
    const r = run(['“I asked the mayor twice,” wrote Lars Holm.', 'Mayor Ruth Okafor said she had answered.'], ['Lars Holm']);
    expect(r.sources.map((s) => s.name)).toEqual(['Ruth Okafor']);
    expect(said(r)).toEqual(['Ruth Okafor | she had answered']);
  });

  it('does not list the author worded by her outlet ("HBC\'s Lena Dahl") either, but keeps another outlet\'s reporter', () => {
    const paragraphs = ['Remember the ferry strike? HBC\'s Lena Dahl covered it for years.', 'In 2011, she said the harbour board had lied about the fares.'];
    expect(run(paragraphs, ['Lena Dahl']).sources.map((s) => s.name)).toEqual([]);
    // (The outlet's possessive owns the person, refiners/owned-name.ts: her name is "Lena Dahl".)
    expect(run(paragraphs, ['Ola Vik']).sources.map((s) => s.name)).toEqual(['Lena Dahl']);
  });

  it('sets provenance on every quote and source', () => {
    const r = run(['“It works,” said Lena Orr.', 'According to the Water Board, it does not.']);
    expect(r.quotes.map((q) => q.provenance.extractor)).toEqual(['sources/direct-quote', 'sources/according-to']);
    expect(r.sources.every((s) => s.provenance.extractor.startsWith('sources/'))).toBe(true);
  });

  it('resolves "he" through a surname the article names in full elsewhere', () => {
    const r = run([
      'Tomas Berg opened the boatyard in 1998.', 'The yard builds ferries.', 'Orders doubled last year.', 'The slipway was rebuilt.',
      'Steel prices rose.', 'Berg toured the slipway on Monday. He said the yard would hire ten welders.',
    ]);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['Tomas Berg | the yard would hire ten welders']);
  });
});
