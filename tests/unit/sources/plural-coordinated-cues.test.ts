import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('two verb phrases of a plural subject', () => {
  it('splits a plural present and a perfect with "have" into two positions', () => {
    const r = run(['The valley beekeepers oppose the new spraying schedule, and have pledged to take the county to court.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('valley beekeepers | the new spraying schedule');
    expect(found).toContain('valley beekeepers | to take the county to court');
  });

  it('splits two bare plural forms joined by "and"', () => {
    const r = run(['The dock workers criticize the night shifts and demand a second crane operator.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('dock workers | the night shifts');
    expect(found).toContain('dock workers | a second crane operator');
  });

  it('leaves an infinitive cue alone: its coordinated verb is not the subject\'s', () => {
    const r = run(['The rowing club plans to oppose the marina and build a boathouse.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.includes('| a boathouse'))).toBe(false);
  });
});
