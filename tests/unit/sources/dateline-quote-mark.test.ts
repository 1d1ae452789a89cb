import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A dash that a wrong character set turned into a straight quote mark, standing alone between spaces.
describe('a dateline whose dash became a quote mark', () => {
  it('is no part of the speaker', () => {
    const r = run([
      'PARIS " Novatek says early trials showed its new drug was up to 80% effective.',
      'OSLO " Norway\'s health minister said Tuesday the country would start vaccinating in January.',
    ]);
    expect(r.sources.map((s) => s.name)).toEqual(['Novatek', "Norway's health minister"]);
  });

  it('leaves a real quotation after a capitalised word alone', () => {
    const r = run(['NASA said "the launch went well" on Friday.']);
    expect(said(r)).toEqual(['NASA | "the launch went well" on Friday']);
  });
});
