import { describe, expect, it } from 'vitest';
import { isMediaHolder } from '../../../src/core/sources/refiners/media-holder';
import type { Entity } from '../../../src/core/sources/model';
import { run } from './run';

const entity = (descriptors: string[], heads: string[], names: string[] = []): Entity => ({ kind: 'document', names, descriptors, heads, role: null, affiliation: null, firstBlock: 0 });

// A recording, a picture or a message as holder: the quote keeps it, no source is listed.
describe('a medium as holder', () => {
  it('reads an unowned medium by its head noun', () => {
    expect(isMediaHolder(entity(['Harbour camera footage'], ['footage']))).toBe(true);
    expect(isMediaHolder(entity(['Video obtained from the bakery'], ['video']))).toBe(true);
    expect(isMediaHolder(entity(['These text messages'], ['messages']))).toBe(true);
  });

  it('leaves an owned or authored medium, a named one and documents', () => {
    expect(isMediaHolder(entity(['Mayor Lund’s video'], ['video']))).toBe(false);
    expect(isMediaHolder(entity(['a clip posted by the council'], ['clip']))).toBe(false);
    expect(isMediaHolder(entity(['video'], ['video'], ['Harbour Cam']))).toBe(false);
    expect(isMediaHolder(entity(['the new report'], ['report']))).toBe(false);
  });

  it('keeps the quote under the footage and lists no source for it', () => {
    const r = run(['Harbour camera footage shows the ferry striking the pier. The harbour master said the crew was safe.']);
    expect(r.sources.map((s) => s.name)).toEqual(['harbour master']);
    expect(r.quotes.map((q) => q.speaker)).toContain('Harbour camera footage');
  });

  it('gives a "he" no recording for its antecedent', () => {
    const r = run(['Video obtained from the bakery shows a man walking in at noon. In the video, he says his wife wanted a cake.'], [], { attitudes: true });
    expect(r.quotes.filter((q) => q.cue === 'says').map((q) => q.speaker)).not.toContain('Video obtained from the bakery');
  });
});
