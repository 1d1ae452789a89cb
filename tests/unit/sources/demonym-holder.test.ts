import { describe, expect, it } from 'vitest';
import { isDemonymHolder, isPeoplesAdjective } from '../../../src/core/sources/refiners/demonym-holder';
import type { Entity } from '../../../src/core/sources/model';
import { run } from './run';

const entity = (names: string[], descriptors: string[] = []): Entity => ({ kind: 'person', names, descriptors, heads: [], role: null, affiliation: null, firstBlock: 0 });

// A people's adjective alone as holder: its noun was lost, the source line goes.
describe('a people\'s adjective as holder', () => {
  it('reads singular adjectives, regular and irregular', () => {
    expect(isPeoplesAdjective('Israeli')).toBe(true);
    expect(isPeoplesAdjective('Canadian')).toBe(true);
    expect(isPeoplesAdjective('Spanish')).toBe(true);
    expect(isPeoplesAdjective('Dutch')).toBe(true);
  });

  it('leaves plurals, parties and names', () => {
    expect(isPeoplesAdjective('Israelis')).toBe(false);
    expect(isPeoplesAdjective('Japanese')).toBe(false);
    expect(isPeoplesAdjective('Republican')).toBe(false);
    expect(isPeoplesAdjective('Lund')).toBe(false);
  });

  it('asks every form of the entity, one word each', () => {
    expect(isDemonymHolder(entity(['Israeli']))).toBe(true);
    expect(isDemonymHolder(entity(['Ann German', 'German']))).toBe(false);
    expect(isDemonymHolder(entity(['Israeli officials']))).toBe(false);
    expect(isDemonymHolder(entity([]))).toBe(false);
    expect(isDemonymHolder({ ...entity(['German']), kind: 'anonymous' })).toBe(false);
  });

  it('still lists a member of a people read as a person', () => {
    const r = run(['A Canadian warned that the harbour fees would double.']);
    expect(r.sources.map((s) => s.name)).toContain('Canadian');
  });

  it('still lists a person whose surname is a people\'s word', () => {
    const r = run(['Ann German, a welder from Vardby, said the pier was unsafe. German said she would sue.']);
    expect(r.sources.map((s) => s.name)).toEqual(['Ann German']);
  });
});
