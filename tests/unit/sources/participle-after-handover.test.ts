import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation handed over to a person and a verb, then a participle clause', () => {
  it('reads the person as the speaker whatever the verb', () => {
    const r = run([
      'Tove Arnesen has run the island ferry for twenty years.',
      '“The ferry is the lifeline of every family here,” she reflects, pointing to the queue at the quay.',
      '“Without it the school would close,” she quietly concludes, looking back at the harbour.',
    ]);
    expect(said(r)).toContain('Tove Arnesen | The ferry is the lifeline of every family here');
    expect(said(r)).toContain('Tove Arnesen | Without it the school would close');
  });

  it('reads no speaker in a subject that is no person', () => {
    const r = run([
      'Tove Arnesen has run the island ferry for twenty years.',
      '“Last boat,” the sign reads, swinging in the wind above the quay.',
    ]);
    expect(said(r).some((l) => l.endsWith('| Last boat'))).toBe(false);
  });
});

describe('a cue verb spelled the British way', () => {
  it('reads "emphasises" as "emphasizes"', () => {
    const r = run(['Tove Arnesen runs the ferry.', 'Arnesen emphasises that the ferry is the lifeline of every family on the island.']);
    expect(said(r)).toEqual(['Tove Arnesen | the ferry is the lifeline of every family on the island']);
  });
});
