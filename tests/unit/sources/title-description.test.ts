import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('"the Health Secretary": a capitalised title after "the" describes the person', () => {
  it('resolves to the person introduced with that title', () => {
    const r = run([
      'Transport Secretary Olu Adeyemi said the rail plan would be published in May.',
      '“The numbers simply do not add up,” the Transport Secretary said.',
    ]);
    expect(speakerOf(r, 'do not add up')).toBe('Olu Adeyemi');
  });

  it('keeps a one-word capitalised name after "the" a name', () => {
    const r = run(['The Examiner said the council had misled residents.']);
    expect(speakerOf(r, 'misled residents')).toBe('Examiner');
  });
});
