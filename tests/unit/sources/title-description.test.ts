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

describe('a person\'s description whose modifier names a body', () => {
  it('is not resolved to that body ("the US President" is no "US")', () => {
    const r = run([
      'President Mara Lindqvist met the US delegation. The US said it would stay in the alliance.',
      'In a post after the meeting, the US President said: “We will not leave the table.”',
    ]);
    expect(speakerOf(r, 'leave the table')).not.toBe('US');
  });
});
