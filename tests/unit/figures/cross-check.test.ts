import { describe, expect, it } from 'vitest';
import { checkFigures } from '../../../src/core/figures/cross-check';
import { findFigures } from '../../../src/core/figures/index';
import { splitSentences } from '../../../src/core/text/sentences';

function check(text: string) {
  const sentences = splitSentences(text);
  const figures = findFigures(text, { sentences });
  return checkFigures({ text, sentences, figures });
}

describe('implied amount', () => {
  const article = [
    'Rebel units in the valley lost as many as 40 percent of their fighters, with up to 40 percent killed or wounded, a monitor said.',
    'The group had sent 5,000 to 6,000 fighters into the valley in the spring.',
    'Field medics put losses at between a quarter and 40 percent, meaning perhaps 300 deaths.',
  ].join('\n\n');

  it('computes a share of the base and calls deaths and casualties different counts', () => {
    const checks = check(article);
    expect(checks).toHaveLength(1);
    const x = checks[0]!;
    expect(x.kind).toBe('implied-amount');
    expect(x.verdict).toBe('different-counts');
    expect(x.computation).toBe('up to 40% × 5,000–6,000 = up to 2,000–2,400; 25–40% × 5,000–6,000 = 1,250–2,400; compared with 300 deaths');
    expect(x.note).toContain('deaths are only part of casualties');
    expect(x.id).toBe('x1');
  });

  it('says consistent when a count falls inside the implied range', () => {
    const text = 'The firm employs 2,000 workers. It will cut 10 percent of its workers, about 200 jobs.';
    const checks = check(text).filter((c) => c.kind === 'implied-amount');
    expect(checks.map((c) => [c.verdict, c.computation])).toEqual([['consistent', '10% × 2,000 = 200; compared with 200 jobs']]);
  });

  it('stays silent when the base is ambiguous', () => {
    const text = 'The city has 2,000 nurses. Another city has 3,000 nurses. Half of the nurses are on strike.';
    expect(check(text).filter((c) => c.kind === 'implied-amount')).toEqual([]);
  });

  it('stays silent when a share only sits near a count', () => {
    expect(check('The alliance has 32 members. Members spend 2% of their national income on defence.')).toEqual([]);
    expect(check('The app has 125 million members. Women are 23% less likely than men to join members in runs.')).toEqual([]);
  });

  it('reads "of the <noun>" as an explicit base', () => {
    const checks = check('The survey reached 212 participants. About 80% of the participants said yes.');
    expect(checks.map((c) => [c.verdict, c.computation])).toEqual([['consistent', '80% × 212 = 170']]);
  });

  it('stays silent without a base', () => {
    expect(check('About 30 percent of people agreed.')).toEqual([]);
  });
});

describe('parts vs whole', () => {
  it('flags parts that exceed the stated whole', () => {
    const checks = check('Of the 120 passengers, 70 were adults and 60 were children.');
    expect(checks.map((c) => [c.kind, c.verdict, c.computation])).toEqual([['parts-vs-whole', 'mismatch', '70 + 60 = 130 vs 120']]);
  });
  it('confirms parts that add up', () => {
    const checks = check('Of the 120 passengers, 70 were adults and 50 were children.');
    expect(checks.map((c) => [c.verdict, c.computation])).toEqual([['consistent', '70 + 50 = 120 vs 120']]);
  });
  it('says nothing when parts may be a partial list', () => {
    expect(check('Of the 120 passengers, 70 were adults and 20 were teenagers.')).toEqual([]);
  });
});

describe('percent vs count', () => {
  it('checks "A of B, or P percent"', () => {
    const checks = check('Twelve of the 48 members, or 25 percent, voted no.');
    expect(checks.map((c) => [c.kind, c.verdict, c.computation])).toEqual([['percent-vs-count', 'consistent', '12 / 48 × 100 = 25% vs 25%']]);
  });
  it('flags a percentage that does not match its counts', () => {
    const checks = check('Twelve of the 48 members, or 30 percent, voted no.');
    expect(checks.map((c) => [c.verdict, c.note])).toEqual([['mismatch', '12 of 48 is 25%, not the 30% printed.']]);
  });
  it('checks "P percent of B, or A"', () => {
    const checks = check('About 40 percent of the 300 staff, or 150 people, were laid off.');
    expect(checks.map((c) => [c.verdict, c.computation])).toEqual([['mismatch', '40% × 300 = 120 vs 150']]);
  });
});
