import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const names = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).sources.map((s) => s.name);

// A description of things that only holds positions ("Recent storms show …", "the y-axis shows …")
// is no one a reader could list as a source; its positions keep it as their holder.
describe('things holding positions', () => {
  it('lists no source for a plural of things, and keeps the position with its holder', () => {
    const paragraphs = [
      'Recent storms show the harbour wall can no longer hold back the sea.',
      'Harbour master Ingrid Solberg said the wall would be raised next year.',
    ];
    expect(names(paragraphs)).toEqual(['Ingrid Solberg']);
    expect(said(run(paragraphs, [], { attitudes: true })).some((q) => q.startsWith('Recent storms |'))).toBe(true);
  });

  it('lists no source for a singular thing in "-is"', () => {
    expect(names([
      'The crisis pushed the ferry company to the brink of closure.',
      'Harbour master Ingrid Solberg said the ferries would keep running.',
    ])).toEqual(['Ingrid Solberg']);
  });

  it('keeps what finds things out (not an unowned medium), a named owner\'s words, and groups of people', () => {
    const listed = names([
      'Several investigations concluded the ferry sank in the storm.',
      'Videos on social media showed dockers blocking the pier.',
      'Solberg\u2019s own remarks suggest the harbour will close in May.',
      'Large crowds of dockers called for the harbour master to resign.',
      'The militants believe the harbour wall is a waste of money.',
    ]);
    expect(listed.some((n) => /investigations/.test(n))).toBe(true);
    // (Unowned videos show but speak for no one: media-holder.ts leaves them out.)
    expect(listed.some((n) => /Videos/.test(n))).toBe(false);
    expect(listed.some((n) => /remarks/.test(n))).toBe(true);
    expect(listed.some((n) => /crowds/.test(n))).toBe(true);
    expect(listed.some((n) => /militants/.test(n))).toBe(true);
  });

  it('keeps people, bodies and counted groups', () => {
    const listed = names([
      'Some ferry pilots believe the new schedule is unsafe.',
      'The residents believe the dredging will ruin the harbour.',
      'Five harbour villages claim the dredging is destroying their beaches.',
    ]);
    expect(listed.some((n) => /pilots/.test(n))).toBe(true);
    expect(listed.some((n) => /residents/.test(n))).toBe(true);
    expect(listed.some((n) => /villages/.test(n))).toBe(true);
  });
});
