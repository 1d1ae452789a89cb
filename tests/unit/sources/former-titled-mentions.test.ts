import { describe, expect, it } from 'vitest';
import { run } from './run';

describe('a person introduced as "Former <place or body> <title> <name>"', () => {
  it('is the "she" of the next quotation, not a team named before', () => {
    const r = run([
      'Mayor Ted Olsen is a Harbor Sharks fan. “I never miss a game,” Olsen said.',
      'Former Deltacorp CEO Carla Fenwick named a cooking show as her guilty pleasure. “The Kitchen,” she said.',
    ]);
    expect(r.quotes.find((q) => q.text.includes('Kitchen'))?.speaker).toBe('Carla Fenwick');
  });
});

describe('a person introduced as "<body> Chair <name>" or "<body> Chief <name>"', () => {
  it('is the "she" of the next quotation', () => {
    const r = run([
      'Mayor Ted Olsen is a Harbor Sharks fan. “I never miss a game,” Olsen said.',
      'Harbor Party Chair Debbie Ostrander called the vote on Monday. “We expected this,” she said.',
    ]);
    expect(r.quotes.find((q) => q.text.includes('expected this'))?.speaker).toBe('Debbie Ostrander');
  });
});
