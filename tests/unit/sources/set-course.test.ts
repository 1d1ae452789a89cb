import { describe, expect, it } from 'vitest';
import { isSetCourse } from '../../../src/core/sources/set-course';
import { run } from './run';

// "according to plan": the idiom's bare noun is no document.
describe('a set course after "according to"', () => {
  it('reads the bare nouns of a set course', () => {
    expect(isSetCourse('plan')).toBe(true);
    expect(isSetCourse('script')).toBe(true);
    expect(isSetCourse('the plan')).toBe(false);
    expect(isSetCourse('plans')).toBe(false);
    expect(isSetCourse('Plan International')).toBe(false);
  });

  it('finds no source in "according to plan", and keeps "according to the plan"', () => {
    expect(run(['If everything goes according to plan, the new pier will open in May.']).sources).toEqual([]);
    const r = run(['According to the harbour plan, the new pier will open in May.']);
    expect(r.sources.length).toBe(1);
  });
});
