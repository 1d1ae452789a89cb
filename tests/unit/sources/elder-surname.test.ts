import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "The elder Lund gives …. He …": the kin order before a surname still makes it the sentence's subject.
describe('"the elder" or "the younger" before a surname', () => {
  it('leaves the surname the subject a later "he" goes to', () => {
    const r = run([
      'Ferry owner Tom Lund backs the mayor. His son Ben Lund has given to her too.',
      'But the mayor, who said that she wants a new quay, faces a hard vote.',
      'The elder Lund has given millions to the harbour fund. He has stated, “I am very much against the toll.”',
    ]);
    expect(said(r)).toContain('Tom Lund | I am very much against the toll.');
  });
});
