import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a surname that also opens place names ("White", "West") standing alone (person-mentions.ts)', () => {
  it('is the person named in full with it, whom "he" then finds', () => {
    const r = run([
      '“The ferries will run,” said Peter White, head of sales at Tidewire.',
      '“We are with you,” Tom Lund said. “We will stand firm.”',
      'White did not agree. But he stressed that the fares would rise.',
      '“We hear it from every rider,” he said.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Peter White | the fares would rise');
    expect(said(r)).toContain('Peter White | We hear it from every rider');
  });

  it('leaves the place word after "the" alone', () => {
    const r = run([
      '“The ferries will run,” said Peter White, head of sales at Tidewire.',
      '“We are with you,” Tom Lund said, as the White stood by. “We will stand firm,” he said.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Tom Lund | We will stand firm');
  });
});
