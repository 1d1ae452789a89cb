import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a paragraph of quotation after a photo caption', () => {
  it('carries on the attributed quotation before the caption', () => {
    const r = run([
      'Tove Arnesen won the island regatta on Sunday after a long day on the water.',
      '“The wind turned twice in the last hour, and we turned with it,” said the 41-year-old.',
      ['caption', 'Tove Arnesen at the quay after the race on Sunday (Photo: Harbour News)'],
      '“I hope people enjoyed watching it as much as we enjoyed sailing it.',
    ]);
    expect(said(r)).toContain('Tove Arnesen | I hope people enjoyed watching it as much as we enjoyed sailing it.');
  });

  it('does not carry a quotation on past a paragraph of narration', () => {
    const r = run([
      'Tove Arnesen won the island regatta on Sunday after a long day on the water.',
      '“The wind turned twice in the last hour, and we turned with it,” said the 41-year-old.',
      'The boats were towed back to the harbour at dusk.',
      '“We need more volunteers for the rescue boats next year.',
    ]);
    expect(said(r).some((l) => l.includes('volunteers'))).toBe(false);
  });
});
