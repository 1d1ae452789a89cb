import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const attitudes = { attitudes: true };

describe('a participle that describes a counted noun, and a verb whose only object is a particle', () => {
  it('reads no position in "a lead of more than 300 pledged delegates"', () => {
    const r = run(['His path is not steep enough to get him within reach of Tove Lind, who came into Tuesday with a lead of more than 300 pledged delegates.'], [], attitudes);
    expect(said(r).filter((x) => x.endsWith('| delegates'))).toEqual([]);
  });

  it('still reads a position after a year or an age set off by commas ("in 2012, Lind pledged …")', () => {
    expect(said(run(['In 2012, Tove Lind pledged to rebuild the ferry pier.'], [], attitudes))).toContain('Tove Lind | to rebuild the ferry pier');
    expect(said(run(['Tove Lind, 61, pledged to rebuild the ferry pier.'], [], attitudes))).toContain('Tove Lind | to rebuild the ferry pier');
  });

  it('reads no position when the object is only a particle ("was not backing down", "would have shown up")', () => {
    expect(said(run(['But Tove Lind wasn’t backing down.'], [], attitudes))).toEqual([]);
    expect(said(run(['The harbour board was not backing down.'], [], attitudes))).toEqual([]);
    expect(said(run(['Still, the ferry tickets would have shown up.'], [], attitudes))).toEqual([]);
  });
});
