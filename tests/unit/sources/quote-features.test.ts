import { describe, expect, it } from 'vitest';
import type { Attribution, SpeakerRef } from '../../../src/core/sources/model';
import { checkGroup, isJudged, type QuoteCheckModel } from '../../../src/core/sources/refiners/quote-check';
import { bucket, quoteFeatures, quoteSetting } from '../../../src/core/sources/refiners/quote-features';

const pronoun: SpeakerRef = {
  form: 'pronoun', text: 'She', start: 0, end: 3, name: null, owner: null, role: null, affiliation: null,
  kind: 'person', head: null, modifiers: [], definite: false,
};

/** A position "She <cue> <text>" read by `extractor`. */
function position(cue: string, text: string, extractor = 'sources/attitude'): Attribution {
  const start = 5 + cue.length;
  return { start, end: start + text.length, text, direct: false, cue, cueStart: 4, speaker: pronoun, block: 0, extractor, confidence: 0.5, attitude: true, entity: 0 };
}

const features = (a: Attribution) => quoteFeatures(a, quoteSetting([a], [], [{ kind: 'paragraph' }]));

describe('the features of the learned check', () => {
  it('reads a clause with a finite verb, opened by a pronoun and ended at a full stop', () => {
    const f = features(position('hopes', 'he will stay on as harbour master.'));
    expect(f).toEqual(expect.arrayContaining(['opening=pronoun', 'finite=yes', 'ends=stop', 'len=6-10']));
  });

  it('reads a noun phrase without a verb, and a pronoun subject with a tensed verb as finite', () => {
    expect(features(position('praised', 'the new ferry timetable'))).toEqual(expect.arrayContaining(['opening=determiner', 'finite=no', 'ends=word']));
    expect(features(position('believes', 'they wanted a bridge'))).toContain('finite=yes');
  });

  it('tells an infinitive, a that-clause and a question apart', () => {
    expect(features(position('wants', 'to rebuild the pier'))).toContain('opening=to');
    expect(features(position('argued', 'that the pier was safe'))).toContain('opening=that');
    expect(features(position('wondered', 'whether the pier was safe'))).toContain('opening=question');
  });

  it('crosses the parser with the opening, the length, the speaker and the cue form', () => {
    const f = features(position('wants', 'to rebuild the pier', 'sources/any-verb'));
    expect(f).toEqual(expect.arrayContaining([
      'extractor*opening=sources/any-verb*to', 'extractor*len=sources/any-verb*3-5',
      'extractor*speaker=sources/any-verb*pronoun', 'extractor*cueform=sources/any-verb*s',
    ]));
    expect(features(position('called for', 'a new pier'))).toContain('extractor*cueform=sources/attitude*phrasal');
    expect(features(position('criticism of', 'the pier'))).toContain('extractor*cueform=sources/attitude*phrasal');
  });

  it('adds what train taught about a cue it knows, and says so when it knows nothing', () => {
    const known = features(position('said', 'the pier would reopen'));
    expect(known.some((x) => /^cue-share=/.test(x))).toBe(true);
    expect(known.some((x) => /^cue-evidence=/.test(x))).toBe(true);
    expect(known).not.toContain('cue-learned=no');
    expect(features(position('glimmered', 'the pier would reopen'))).toContain('cue-learned=no');
  });

  it('tells a reading inside another content from the one that holds it, in the same paragraph', () => {
    const statement: Attribution = { ...position('said', 'she wants to rebuild the pier'), attitude: false, extractor: 'sources/reporting-verb' };
    const want: Attribution = { ...position('wants', 'to rebuild the pier'), start: 19, end: 38, cueStart: 13 };
    const elsewhere: Attribution = { ...want, block: 1 };
    const setting = quoteSetting([statement, want, elsewhere], [], [{ kind: 'paragraph' }, { kind: 'blockquote' }]);
    expect(quoteFeatures(statement, setting)).toContain('nested=holds');
    expect(quoteFeatures(want, setting)).toContain('nested=inside');
    expect(quoteFeatures(elsewhere, setting)).toContain('nested=no');
  });

  it('marks a reading in a block quotation, and the class of its cue', () => {
    const setting = quoteSetting([], [], [{ kind: 'blockquote' }]);
    expect(quoteFeatures(position('wants', 'to rebuild the pier'), setting)).toEqual(expect.arrayContaining(['block-quoted', 'cue-class=position']));
    expect(features(position('said', 'the pier would reopen'))).toContain('cue-class=speech');
    expect(features(position('adding', 'the pier would reopen'))).toContain('cue-class=participle');
    expect(features(position('said', 'the pier would reopen'))).not.toContain('block-quoted');
  });

  it('buckets counts by ascending bounds', () => {
    expect(bucket(0, [1, 2, 5])).toBe('0-1');
    expect(bucket(2, [1, 2, 5])).toBe('2');
    expect(bucket(4, [1, 2, 5])).toBe('3-5');
    expect(bucket(9, [1, 2, 5])).toBe('>5');
  });
});

describe('what the check judges', () => {
  const statement = { ...position('said', 'the pier would reopen', 'sources/reporting-verb'), attitude: undefined };
  const continued = { ...statement, direct: true, cue: null, speaker: null, extractor: 'sources/continuation' };

  it('groups positions, quoted statements (continued quotations included) and reported ones', () => {
    expect(checkGroup(position('wants', 'to rebuild the pier'))).toBe('position');
    expect(checkGroup(statement)).toBe('reported');
    expect(checkGroup(continued)).toBe('quoted');
  });

  it('judges only the groups that have a threshold', () => {
    const positionsOnly: QuoteCheckModel = { bias: 0, thresholds: { position: 0.2 }, weights: {} };
    expect(isJudged(position('wants', 'to rebuild the pier'), positionsOnly)).toBe(true);
    expect(isJudged(statement, positionsOnly)).toBe(false);
    expect(isJudged(continued, positionsOnly)).toBe(false);
  });
});
