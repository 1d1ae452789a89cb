import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };
const saidOf = (paragraphs: string[], words: string) => said(run(paragraphs, [], ATTITUDES)).filter((l) => l.includes(words));

describe('a one-word name the article titles elsewhere (titled-single-names.ts)', () => {
  it('reads the untitled name as the subject the next “he” goes back to', () => {
    expect(saidOf([
      'Pope Ovarin spoke in the harbour town on Sunday.',
      '“We want bridges, not walls,” the spokesman, Carlo Venti, told the radio.',
      "Indeed, Ovarin's message is to call on all believers to be kinder. He has asked his bishops to be humbler.",
    ], 'bishops')).toEqual(['Ovarin | his bishops to be humbler']);
  });

  it('leaves a one-word name the article never titles to the speaker before', () => {
    expect(saidOf([
      'Ovarin spoke in the harbour town on Sunday.',
      '“We want bridges, not walls,” the spokesman, Carlo Venti, told the radio.',
      "Indeed, Ovarin's message is to call on all believers to be kinder. He has asked his bishops to be humbler.",
    ], 'bishops')).toEqual(['Carlo Venti | his bishops to be humbler']);
  });
});
