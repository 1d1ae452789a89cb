import { describe, expect, it } from 'vitest';
import { namesBody } from '../../../src/core/sources/refiners/apposed-name';
import { run, said } from './run';

describe('an indefinite description in apposition to the name before it (apposed-name.ts)', () => {
  it('gives the statement to the body named before the description', () => {
    const r = run(['After launching her run, Roe was endorsed by the Harbour Taxpayers Alliance, a local group which said in a release that its board met at dawn to back her.']);
    expect(said(r)).toContain('Harbour Taxpayers Alliance | its board met at dawn to back her');
  });

  it('gives the statement to the person named before the description', () => {
    const r = run(['The plan was opposed by Tom Lund, a retired judge who said the vote had been rushed.']);
    expect(said(r)).toContain('Tom Lund | the vote had been rushed');
  });

  it('leaves a description after a place alone', () => {
    const r = run(['In Vardby, a local group said the ferry would stop in May.']);
    expect(said(r).some((line) => line.startsWith('Vardby'))).toBe(false);
  });

  it('reads a body’s name by its words or a run of capitals', () => {
    expect(namesBody('Harbour Taxpayers Alliance')).toBe(true);
    expect(namesBody('Vardby Tea PAC')).toBe(true);
    expect(namesBody('Vardby')).toBe(false);
  });
});
