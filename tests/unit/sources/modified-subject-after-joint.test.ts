import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// modified-subject-after-joint.ts: a head with its modifier opening the clause after a comma and a conjunction.
describe('a subject with its modifier after ", but" or ", even though"', () => {
  it('reads "…, but a number of the guests said …" and ends the first clause at the comma', () => {
    const found = said(run(['The harbour board shelved the ferry plan in March, but a number of the islanders said they would keep pressing for it.']));
    expect(found).toContain('number of the islanders | they would keep pressing for it');
    expect(found.some((l) => l.includes('but a number of the islanders'))).toBe(false);
  });

  it('reads it after "even though" with a lower-case head', () => {
    const found = said(run(['The bakery closed its doors on Friday, even though a group of regulars told the owner they would pay more for bread.']));
    expect(found).toContain('group of regulars | they would pay more for bread');
  });

  it('takes no verb with its particle for a head: "…, and a porter came in and told …"', () => {
    const found = said(run(['The hall emptied before midnight, and a porter came in and told us the doors would be locked.']));
    expect(found.some((l) => l.startsWith('porter came'))).toBe(false);
  });

  it('leaves a clause without the comma to the other readers', () => {
    const found = said(run(['The mill shut in May and a number of the workers said they had not been paid.']));
    expect(found.some((l) => l.startsWith('number of the workers |'))).toBe(false);
  });
});
