import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a “he” or “she” after a quotation: one unnamed person who speaks for a body', () => {
  it('may be one person the article describes without a name (described-person.ts)', () => {
    const r = run([
      'Jo Holt, the union’s general secretary, said parents would be shocked by the figures.',
      'The survey found that 4,000 teachers were on short contracts.',
      'But a spokesperson for the Council of School Employers said its members had cut the number of short contracts.',
      '“The council has worked with the unions for years to understand the workforce,” he said.',
    ]);
    expect(said(r)).toContain('spokesperson for the Council of School Employers | The council has worked with the unions for years to understand the workforce');
  });

  it('is no group described in the plural', () => {
    const r = run([
      '“We will appeal,” said Dr. Tiwo Okonkwo, the clinic’s director.',
      'Nurses at the clinic said they had not been paid since March.',
      '“The money is on its way,” he said.',
    ]);
    expect(said(r)).toContain('Tiwo Okonkwo | The money is on its way');
  });

  it('is no one described without saying whom they speak for', () => {
    const r = run([
      'Ida Lund, the party’s candidate, said the count would finish on Sunday.',
      'A campaign aide said the bus had been late.',
      '“We will win the valley,” she said at the last stop.',
    ]);
    expect(said(r)).toContain('Ida Lund | We will win the valley');
  });
});
