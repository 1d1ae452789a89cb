import { describe, expect, it } from 'vitest';
import { isExampleNotSubject } from '../../../src/core/sources/example-not-subject';
import { run, said } from './run';

// "sold in towns like Tarn and Vell pointed to …": the names are examples inside a phrase.
const ATTITUDES = { attitudes: true };

describe('a name after "like" or "such as" (example-not-subject.ts)', () => {
  it('finds an example inside a prepositional phrase or a comparison', () => {
    expect(isExampleNotSubject('Early copies sold in towns like ')).toBe(true);
    expect(isExampleNotSubject('handed out among sailors such as ')).toBe(true);
    expect(isExampleNotSubject('Ada Lund, like ')).toBe(true);
    expect(isExampleNotSubject('She represents the coast and like ')).toBe(true);
  });

  it('keeps the subject\'s own example', () => {
    expect(isExampleNotSubject('While harbour towns like ')).toBe(false);
    expect(isExampleNotSubject('Skippers such as ')).toBe(false);
  });

  it('gives the towns no position', () => {
    const found = said(run(['Early copies sold in harbour towns like Tarn and Vell pointed towards a good season.'], [], ATTITUDES));
    expect(found.some((s) => s.startsWith('Tarn and Vell |') || s.startsWith('Vell |'))).toBe(false);
  });

  it('still reads the subject named by example', () => {
    const found = said(run(['Skippers such as Ada Lund have criticized the new quota.'], [], ATTITUDES));
    expect(found.some((s) => s.includes('the new quota'))).toBe(true);
  });
});
