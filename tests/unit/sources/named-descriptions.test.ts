import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a description whose capitalised words say which one ("the Frost campaign")', () => {
  it('is not the body described before with other capitalised words', () => {
    const r = run([
      'The Quimby campaign said the debate was rigged.',
      'Delia Frost met voters in Harwick. The Frost campaign said on Tuesday that the ads were false.',
    ]);
    expect(said(r)).toEqual([
      'Quimby campaign | the debate was rigged',
      'Frost campaign | the ads were false',
    ]);
  });

  it('still joins a plain "the campaign" to the one named before', () => {
    const r = run([
      'The Quimby campaign said the debate was rigged.',
      'The campaign said on Tuesday that the ads were false.',
    ]);
    expect(said(r)).toEqual([
      'Quimby campaign | the debate was rigged',
      'Quimby campaign | the ads were false',
    ]);
  });
});
