import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('antecedents that are descriptions', () => {
  it('gives "he" no description whose head marks a woman ("his mother")', () => {
    const r = run([
      'Captain Ivo Brandt grew up on the coast. His mother refused to teach him sailing, insisting that the sea was dangerous.',
      '“They keep calling me reckless,” he said.',
    ]);
    expect(speakerOf(r, 'reckless')).toBe('Ivo Brandt');
  });

  it('does not make "the candidate" the moderator described just before', () => {
    const r = run(['When the moderator pointed out that the question was still open, the candidate said families deserve better schools.']);
    const candidate = r.quotes.find((q) => q.cue === 'said');
    expect(candidate).toBeDefined();
    expect(candidate?.speaker).not.toBe('moderator');
  });
});
