import { describe, expect, it } from 'vitest';
import { ownerNamedBody } from '../../../src/core/sources/refiners/owner-of-body';
import { run, said } from './run';

describe('a body named with the owner the article gives it', () => {
  it('puts the one owner the article gives before the name', () => {
    expect(ownerNamedBody('Ministry of Health', ['ministry', 'Lorvia’s Ministry of Health'])).toBe('Lorvia’s Ministry of Health');
    expect(ownerNamedBody('Harbour Board', ["Port Ellis's Harbour Board"])).toBe("Port Ellis's Harbour Board");
  });

  it('keeps the bare name with no owner, two owners, or a one-word name', () => {
    expect(ownerNamedBody('Ministry of Health', ['ministry'])).toBeNull();
    expect(ownerNamedBody('Ministry of Health', ['Lorvia’s Ministry of Health', 'Tessin’s Ministry of Health'])).toBeNull();
    expect(ownerNamedBody('Council', ['Vardby’s Council'])).toBeNull();
    expect(ownerNamedBody('Ministry of Health', ['Lorvia’s health ministry'])).toBeNull();
  });

  it('names the source so on the sheet', () => {
    const r = run([
      'Lorvia’s Ministry of Health said on Monday that the clinics would reopen.',
      'The outbreak has slowed since the spring, the Ministry of Health said in a statement.',
    ]);
    expect(r.sources.map((s) => s.name)).toContain('Lorvia’s Ministry of Health');
    expect(said(r).every((line) => !line.startsWith('Ministry of Health |'))).toBe(true);
  });
});
