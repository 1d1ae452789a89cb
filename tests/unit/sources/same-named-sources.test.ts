import { describe, expect, it } from 'vitest';
import type { Attribution, Entity } from '../../../src/core/sources/model';
import { buildSources } from '../../../src/core/sources/refiners/build-sources';

const entity = (descriptor: string, extra: Partial<Entity> = {}): Entity => ({
  kind: 'organization', names: [], descriptors: [descriptor], heads: [descriptor.toLowerCase()], role: null, affiliation: null, firstBlock: 0, ...extra,
});
const said = (text: string, at: number, index: number): Attribution => ({
  start: at, end: at + text.length, text, direct: false, cue: 'said', cueStart: at - 5, speaker: null, block: 0, extractor: 'test', confidence: 1, entity: index,
});

// Two entities the coreference kept apart but the sheet would print under one name are one source:
// a reader cannot tell two lines "police" apart, and quotes find their source by name.
describe('sources of the same name', () => {
  it('lists them once, with every quote tied to it and counted', () => {
    const entities = [entity('police'), entity('harbour board'), entity('Police', { affiliation: 'Vardby' })];
    const attributions = [said('the quay was flooded', 10, 0), said('the ferry would sail', 60, 1), said('the pier would close', 110, 2)];
    const { sources, quotes } = buildSources(entities, attributions, []);
    expect(sources.map((s) => `${s.name} ${s.statements} ${s.affiliation}`)).toEqual(['police 2 Vardby', 'harbour board 1 null']);
    expect(quotes.map((q) => `${q.speaker} ${q.sourceId}`)).toEqual(['police s1', 'harbour board s2', 'police s1']);
  });

  it('keeps sources of different names apart', () => {
    const entities = [entity('police'), entity('border police')];
    const { sources } = buildSources(entities, [said('the quay was flooded', 10, 0), said('the road was shut', 60, 1)], []);
    expect(sources.map((s) => s.name)).toEqual(['police', 'border police']);
  });
});
