import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Fishermen say …, and the union has sued the city, saying …": after a clause break the participle
// hangs on the new clause and its own subject speaks.
describe('a participle after a second clause', () => {
  it('takes the subject of the clause after ", and"', () => {
    expect(said(run(['Fishermen say the rules are unfair, and the Harbour Union has already sued the city over them, saying the rules break state law.']))).toContain(
      'Harbour Union | the rules break state law',
    );
  });

  it('keeps the earlier speaker without a clause break', () => {
    expect(said(run(['Fishermen say the rules are unfair to small boats, saying the rules break state law.']))).toContain('Fishermen | the rules break state law');
  });

  it('takes the subject after ", but" with no statement before it', () => {
    const lines = said(run(['Holt turned to talking about trade, but Wallace brought him back to the attacks, asking Rosa Diaz to share her views on the pier.']));
    expect(lines.filter((l) => l.includes('her views on the pier')).map((l) => l.split(' | ')[0])).toEqual(['Wallace']);
  });
});
