import { describe, expect, it } from 'vitest';
import { run } from './run';

const speakerOf = (r: ReturnType<typeof run>, words: string) => r.quotes.find((q) => q.text.includes(words))?.speaker;

describe('printed interviews (Q: … / A: …)', () => {
  it('gives an "I" inside an answer to the interviewee named in the headline', () => {
    const r = run([
      ['headline', 'Q&A with harbour master Marta Lind'],
      'The harbour master of Port Ellis spoke to us on Friday about the winter timetable and the ferry levy.',
      'Q: The council says the night crossings will end this winter.',
      'A: I think the council is wrong about the crossings. Tom Berg wrote the plan, and he knows the pier.',
      'Q: What about the levy?',
      'A: I believe the levy will be gone by the spring.',
      'Berg never liked it either, and I doubt he will defend it now.',
    ], [], { attitudes: true });
    expect(speakerOf(r, 'the council is wrong about the crossings')).toBe('Marta Lind');
    expect(speakerOf(r, 'the levy will be gone by the spring')).toBe('Marta Lind');
  });

  it('leaves a page with a single "A:" paragraph, and "we" in an answer, to the ordinary reading', () => {
    const single = run([
      ['headline', 'Harbour master Marta Lind on the winter timetable'],
      'Tom Berg wrote the ferry plan last year, and the council debated it on Friday.',
      'A: I think the crossings will pay for themselves by the spring, Berg told the council.',
    ], [], { attitudes: true });
    expect(speakerOf(single, 'the crossings will pay for themselves')).not.toBe('Marta Lind');
    const we = run([
      ['headline', 'Q&A with harbour master Marta Lind'],
      'The harbour master of Port Ellis spoke to us on Friday about the winter timetable.',
      'Q: Is the port ready?',
      'A: I am sure of it. The crews are ready.',
      'Q: And the town?',
      'A: Here in Port Ellis we believe the pier belongs to everyone who works on it.',
    ], [], { attitudes: true });
    expect(speakerOf(we, 'the pier belongs to everyone')).not.toBe('Marta Lind');
  });
});
