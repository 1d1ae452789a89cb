import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('the writer\'s own "I" and "we" (no source)', () => {
  it('credits no one with a first-person post\'s own statements and positions', () => {
    const r = run([
      ['headline', 'The Night Ferry Riders and I'],
      'Last week the Night Ferry Riders marched along the quay in Port Ellis for the third time.',
      'I am glad that the council finally listened to the crews about the winter crossings.',
      'We are against any levy that falls on the people who work the piers every night.',
    ], [], { attitudes: true });
    expect(speakerOf(r, 'the council finally listened')).toBeUndefined();
    expect(speakerOf(r, 'any levy that falls')).toBeUndefined();
  });

  it('still reads the "I" of a quoted speaker whose quotation carries on into the next paragraph', () => {
    const r = run([
      'Harbour master Tom Berg spoke to the council on Friday about the ferry levy.',
      '\u201CThe crossings lose money every winter, and the crews know it.',
      '\u201CI believe the levy will be gone by the spring,\u201D Berg said.',
    ], [], { attitudes: true });
    expect(speakerOf(r, 'the levy will be gone by the spring')).toBe('Tom Berg');
  });

  it('leaves a "he" in narration to the ordinary reading', () => {
    const r = run([
      'Harbour master Tom Berg spoke to the council on Friday about the ferry levy.',
      'He believes the levy will be gone by the spring.',
    ], [], { attitudes: true });
    expect(speakerOf(r, 'the levy will be gone by the spring')).toBe('Tom Berg');
  });
});
