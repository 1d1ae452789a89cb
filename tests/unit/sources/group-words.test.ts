import { describe, expect, it } from 'vitest';
import { isGroupWord } from '../../../src/core/sources/refiners/group-words';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).sources.map((s) => `${s.name}: ${s.kind}`);

describe("a party's or a people's word read as a one-word speaker", () => {
  it('is unnamed, not a person', () => {
    expect(kinds(['A German warned that the harbour fees would double.'])).toContain('German: anonymous');
    // (A whole people keeps its quote but is listed as no source: people-holder.ts.)
    expect(kinds(['Many Japanese believe the new tariff will fail.'])).toEqual([]);
  });

  it('is a body when it is a party\'s own name', () => {
    expect(kinds(['Labour thinks it can win back the northern seats.'])).toContain('Labour: organization');
  });

  it('knows party words, peoples and demonyms built on a known place', () => {
    for (const w of ['Republican', 'Democrats', 'Democratic', 'Kurds', 'Hispanics', 'Canadians', 'Israeli', 'Cuban', 'Ohioans', 'Chinese', 'Swedish']) expect(isGroupWord(w)).toBe(true);
  });

  it('leaves surnames and given names alone', () => {
    for (const w of ['Evans', 'Chinn', 'Tulsi', 'Francis', 'Christian', 'Norman', 'Khan', 'Sullivan', 'Ryan', 'Ohio']) expect(isGroupWord(w)).toBe(false);
    expect(kinds(['Marta Chinn said the harbour fees would double.'])).toContain('Marta Chinn: person');
  });
});
