import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a “he” or “she” after a quotation: the person the sentence before introduces', () => {
  it('is the person the sentence before introduces after “was” (introduced-before-quote.ts)', () => {
    const r = run([
      '“The roads are blocked,” said Dr. Tiwo Okonkwo, a surgeon at the county hospital.',
      'After the warnings, one of the residents to leave the valley was 30-year-old Lusine Kareva, who was caring for her father. “I am from the upper village,” she said in an interview.',
    ]);
    expect(said(r)).toContain('Lusine Kareva | I am from the upper village');
  });

  it('is the person put beside the opening phrase of the sentence before', () => {
    const r = run([
      '“The roads are blocked,” said Dr. Tiwo Okonkwo, a surgeon at the county hospital.',
      'One farmer, Lusine Kareva, lost half her flock in the storm. “We had no warning at all,” she said.',
    ]);
    expect(said(r)).toContain('Lusine Kareva | We had no warning at all');
  });

  it('is not one of two people named together', () => {
    const r = run([
      '“The roads are blocked,” said Dr. Sereth Odeh, a surgeon at the county hospital.',
      'The first to leave were Lusine Kareva and Ama Tovi, who closed the shop. “The trucks will come back,” she said.',
    ]);
    expect(said(r)).toContain('Sereth Odeh | The trucks will come back');
  });
});
