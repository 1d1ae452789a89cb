import { describe, expect, it } from 'vitest';
import { ownedBodyBefore } from '../../../src/core/sources/refiners/owned-body-antecedent';
import { run, said } from './run';

describe('“the embassy” with none heard yet: the body just named with its owner', () => {
  it('finds the owner’s body, with a place after it', () => {
    const text = 'Lorvia’s embassy in Tessin says the talks went well.\n\nThe embassy says in a statement that';
    expect(ownedBodyBefore(text, text.indexOf('The embassy'), 'embassy')).toBe('Lorvia’s embassy in Tessin');
    const other = 'The plan came from Vardby’s harbour office on Monday. The office said';
    expect(ownedBodyBefore(other, other.indexOf('The office'), 'office')).toBe('Vardby’s harbour office');
  });

  it('finds none without a named owner', () => {
    const text = 'Its embassy in Tessin says the talks went well. The embassy says';
    expect(ownedBodyBefore(text, text.indexOf('The embassy'), 'embassy')).toBeNull();
    expect(ownedBodyBefore('The talks went well. The embassy says', 21, 'embassy')).toBeNull();
  });

  it('names the source so on the sheet', () => {
    const r = run([
      'Lorvia’s embassy in Tessin says that its trade envoy has met the minister twice.',
      'The Embassy says in a statement that the talks “were calm and useful.”',
    ]);
    expect(said(r)).toContain('Lorvia’s embassy in Tessin | the talks “were calm and useful.”');
  });
});
