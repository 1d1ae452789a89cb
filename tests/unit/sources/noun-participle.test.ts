import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a participle describing the noun before it makes that noun the source', () => {
  it('reads "a group backing …"', () => {
    const r = run(['The shipping magnate quietly funds an outside group backing Mayor Tilde Quist.'], [], ATTITUDES);
    expect(lines(r)).toContain('outside group | Mayor Tilde Quist');
  });

  it('reads a bare plural and "those"', () => {
    const r = run(['Turnout was low, as those backing the bridge toll stayed home.', 'The council heard from residents opposing the new quay.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('those |') && l.includes('the bridge toll'))).toBe(true);
    expect(found).toContain('residents | the new quay');
  });

  it('starts the noun phrase after an opening subordinator', () => {
    const r = run(['Despite ferry owners opposing the toll for a decade, the council kept it.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('Despite'))).toBe(false);
    expect(found).toContain('ferry owners | the toll for a decade');
  });

  it('leaves a document to the reader that finds its author', () => {
    const r = run(['The dock workers posted flyers attacking the new shift rota.'], [], ATTITUDES);
    expect(lines(r).some((l) => l.startsWith('flyers'))).toBe(false);
  });

  it('reads no -ing noun before a finite verb, and no participle after "to" that may describe the object', () => {
    const r = run(['An eventual appeals court ruling could reach the high court. The union sent a letter to port officials opposing the new fees.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('appeals court'))).toBe(false);
    expect(found.some((l) => l.startsWith('port officials'))).toBe(false);
  });

  it('takes a new group after "to a" for the one described ("gave money to a group backing …")', () => {
    const r = run(['The harbour magnate gave $2 million to a group backing Mayor Tilde Quist.'], [], ATTITUDES);
    expect(lines(r)).toContain('group | Mayor Tilde Quist');
  });

  it('ends the noun phrase at a verb\'s past or a preposition before it', () => {
    const r = run([
      'Ada Lind toured the docks. On Sunday she met pastors opposing the new quay.',
      'A murmur went through those backing the bridge toll.',
    ], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('pastors | the new quay');
    expect(found.some((l) => l.startsWith('those |') && l.includes('the bridge toll'))).toBe(true);
    expect(found.some((l) => /^(?:met|through)/.test(l))).toBe(false);
    // ("Berg was among those backing …": the position is Berg's, not one of "those".)
    expect(lines(run(['Tomas Berg was among those backing the bridge toll.'], [], ATTITUDES)).some((l) => l.startsWith('those |'))).toBe(false);
  });
});
