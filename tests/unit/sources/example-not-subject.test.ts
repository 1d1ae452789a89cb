import { describe, expect, it } from 'vitest';
import { isExampleNotSubject } from '../../../src/core/sources/example-not-subject';
import { run, said } from './run';

// "sold in towns like Tarn and Vell pointed to …": the names are examples inside a phrase.
const ATTITUDES = { attitudes: true };

describe('a name after "like" or "such as" (example-not-subject.ts)', () => {
  it('finds an example inside a prepositional phrase or a comparison', () => {
    expect(isExampleNotSubject('Early copies sold in towns like ', 'Tarn')).toBe(true);
    expect(isExampleNotSubject('handed out among sailors such as ', 'Ada Lund')).toBe(true);
    expect(isExampleNotSubject('Early copies sold in towns like Tarn, ', 'Vell and Oslo')).toBe(true);
    expect(isExampleNotSubject('Ada Lund, like ', 'Tom Vell')).toBe(true);
    expect(isExampleNotSubject('She represents the coast and like ', 'Tom Vell')).toBe(true);
  });

  it('keeps the subject\'s own example', () => {
    expect(isExampleNotSubject('While harbour towns like ', 'Tarn')).toBe(false);
    expect(isExampleNotSubject('Skippers such as ', 'Ada Lund')).toBe(false);
    // (A comma that ends a fronted phrase: the subject follows it.)
    expect(isExampleNotSubject('Sailing on to ports such as Tarn and Vell, ', 'Ada Lund')).toBe(false);
  });

  it('gives the towns no position', () => {
    const found = said(run(['Early copies sold in harbour towns like Tarn and Vell pointed towards a good season.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Tarn and Vell |') || s.startsWith('Vell |'))).toBe(false);
  });

  it('gives no position to the last items of a list of examples', () => {
    const found = said(run(['Early copies sold in harbour towns like Tarn, Vell and Oslo pointed towards a good season.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Vell and Oslo |') || s.startsWith('Oslo |'))).toBe(false);
  });

  it('still reads the subject named by example', () => {
    const found = said(run(['Skippers such as Ada Lund have criticized the new quota.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('the new quota'))).toBe(true);
  });
});
