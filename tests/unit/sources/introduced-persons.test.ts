import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a “he” or “she” after a quotation: a surname whose full name came with a title', () => {
  it('is the subject of the sentence before, a surname whose full name came with a title (introduced-persons.ts)', () => {
    const r = run([
      '“We have asked for help for weeks,” Dr. Tiwo Okonkwo, the director of the district clinic, told reporters.',
      '“The heaters fail every night,” said Dr. Sereth Odeh, a nurse at the clinic.',
      'During a phone call, Okonkwo paused, staring at the empty shelves of the storeroom. “Since the storm began, we have had no deliveries,” he said.',
    ]);
    expect(said(r)).toContain('Tiwo Okonkwo | Since the storm began, we have had no deliveries');
  });
});
