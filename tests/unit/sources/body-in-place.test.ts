import { describe, expect, it } from 'vitest';
import { bodyBeforePlaceEnd } from '../../../src/core/sources/body-in-place';
import { run, said } from './run';

// "… the Riverside Trust in Dunmore, which says …": "which" stands for the body, not for the place
// it sits in, nor for a person named earlier in the sentence.

describe('a body and where it sits before a relative "which"', () => {
  it('finds where the body\'s phrase ends', () => {
    const text = 'the head of the Riverside Trust in Dunmore';
    expect(bodyBeforePlaceEnd(text, 0, text.indexOf('Dunmore'))).toBe(text.indexOf(' in '));
    // No capitalised word before "in": "a trust in Dunmore" is no name of a body.
    const lower = 'the head of a trust in Dunmore';
    expect(bodyBeforePlaceEnd(lower, 0, lower.indexOf('Dunmore'))).toBe(-1);
  });

  it('credits the relative clause\'s statement to the body', () => {
    const lines = said(run(['Ola Vik is the head of the Riverside Trust in Dunmore, which says on its website that it aims to protect the old mills.']));
    expect(lines).toEqual(['Riverside Trust | it aims to protect the old mills']);
    const runs = said(run(['Ola Vik runs the Riverside Trust in Dunmore, which says that it aims to protect the old mills.']));
    expect(runs).toEqual(['Riverside Trust | it aims to protect the old mills']);
  });
});
