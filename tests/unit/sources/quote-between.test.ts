import { describe, expect, it } from 'vitest';
import type { Attribution, SpeakerRef } from '../../../src/core/sources/model';
import { betweenKind, quoteFeatures, quoteSetting } from '../../../src/core/sources/refiners/quote-features';

/** The stretch between `a` and `b` in `text`, classified. */
const kindOf = (text: string, a: string, b: string) => betweenKind(text, text.indexOf(a) + a.length, text.indexOf(b, text.indexOf(a) + a.length));

describe('what stands between a cue and its content', () => {
  it('tells nothing, a "that" and punctuation apart', () => {
    expect(kindOf('The keeper said the lamp was out.', 'said', 'the lamp')).toBe('nothing');
    expect(kindOf('The keeper said that the lamp was out.', 'said', 'the lamp')).toBe('that');
    expect(kindOf('“The lamp is out,” the keeper said.', 'out,”', 'the keeper')).toBe('nothing');
    expect(kindOf('The keeper said: the lamp was out.', 'said', 'the lamp')).toBe('punct');
  });

  it('tells a time, an adverb and other words apart', () => {
    expect(kindOf('The keeper said on Tuesday the lamp was out.', 'said', 'the lamp')).toBe('time');
    expect(kindOf('The keeper said last week that the lamp was out.', 'said', 'the lamp')).toBe('time');
    expect(kindOf('The keeper said quietly the lamp was out.', 'said', 'the lamp')).toBe('adverb');
    expect(kindOf('The keeper said to the ferrymen the lamp was out.', 'said', 'the lamp')).toBe('words');
    expect(kindOf('The keeper said, as the storm grew and the boats came in, the lamp was out.', 'said', 'the lamp')).toBe('far');
  });

  it('becomes a feature for the content and for the speaker when the text is given', () => {
    const text = 'The keeper said on Tuesday the lamp was out.';
    const speaker: SpeakerRef = {
      form: 'nominal', text: 'The keeper', start: 0, end: 10, name: null, owner: null, role: null, affiliation: null,
      kind: 'person', head: 'keeper', modifiers: [], definite: true,
    };
    const start = text.indexOf('the lamp');
    const a: Attribution = { start, end: text.length, text: text.slice(start), direct: false, cue: 'said', cueStart: 11, speaker, block: 0, extractor: 'sources/reporting-verb', confidence: 0.5, entity: 0 };
    const withText = quoteFeatures(a, quoteSetting([a], [], [{ kind: 'paragraph' }], text));
    expect(withText).toEqual(expect.arrayContaining(['between-content=time', 'between-speaker=nothing']));
    const without = quoteFeatures(a, quoteSetting([a], [], [{ kind: 'paragraph' }]));
    expect(without.some((f) => f.startsWith('between-'))).toBe(false);
  });
});
