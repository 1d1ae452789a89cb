import { describe, expect, it } from 'vitest';
import { quantifierWith } from '../../../src/core/sources/quantifier-with';
import { run, said } from './run';

const group = (text: string) => quantifierWith(text, { start: 0, end: text.length })?.speaker.text ?? null;

// A quantifier standing for people, with a phrase of place or membership of its own, is the subject
// of the verb after it: "Few on either side of the debate think …".
describe('a quantifier with a phrase of its own as the subject', () => {
  it('reads the group with its phrase', () => {
    expect(group('Few on either side of the harbour debate')).toBe('Few on either side of the harbour debate');
    expect(group('But most in both towns')).toBe('most in both towns');
    expect(group('some in Vardby')).toBe('some in Vardby');
  });

  it('attributes the statement to the group', () => {
    const r = run(['Few on either side of the harbour debate think the ferry levy will ever take effect.']);
    expect(said(r)).toContain('Few on either side of the harbour debate | the ferry levy will ever take effect');
  });

  it('takes no phrase of time or manner, nor a phrase with a verb in it', () => {
    expect(group('Many in the past')).toBeNull();
    expect(group('Some at the time')).toBeNull();
    expect(group('most in March')).toBeNull();
    expect(group('many in fact')).toBeNull();
    expect(group('some in the party have')).toBeNull();
  });
});
