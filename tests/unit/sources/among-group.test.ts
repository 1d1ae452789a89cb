import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// "Lund and Berg are among the critics who said …": the named members speak, not the bare group.
describe('named members of a group that said something (among-group.ts)', () => {
  it('gives the statement to the names before "are among"', () => {
    const found = said(run(['Ada Lund and Ola Berg are among the skippers who have said that they will not sail from Tarn again.']));
    expect(found).toContain('Ada Lund and Ola Berg | they will not sail from Tarn again');
  });

  it('reads one name with "is among"', () => {
    const found = said(run(['Mira Holt is among the harbour pilots who said the new timetable was unsafe.']));
    expect(found).toContain('Mira Holt | the new timetable was unsafe');
  });

  it('leaves the group where no name comes before', () => {
    const found = said(run(['Many are among the harbour pilots who said the new timetable was unsafe.']));
    expect(found.some((s) => s.startsWith('Many |'))).toBe(false);
    expect(found.some((s) => s.endsWith('| the new timetable was unsafe'))).toBe(true);
  });
});
