import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a second description joined by “and” after a name', () => {
  it('describes the named speaker, with a place after it', () => {
    const r = run(['“We cannot undo it once it is done,” Ada Lind, an organizer at the Harbour Network, and a Native resident of Vardby Island, in Norway, told me.']);
    expect(said(r)).toEqual(['Ada Lind | We cannot undo it once it is done']);
  });

  it('and without one', () => {
    const r = run(['“We cannot undo it once it is done,” Ada Lind, an organizer at the Harbour Network, and a resident of Vardby Island, told me.']);
    expect(said(r)).toEqual(['Ada Lind | We cannot undo it once it is done']);
  });
});
