import { describe, expect, it } from 'vitest';
import { run } from './run';

// "for X to say": who someone wants to speak, not who spoke.
describe('the subject of a for-to infinitive', () => {
  it('is no speaker', () => {
    const r = run(['The guild wants the port to publish its fees, and for shipping councils to insist that their crews are paid on time.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).not.toContain('shipping councils');
  });

  it('leaves a speaker after "for the record" and a spokesman for a body', () => {
    const r = run(['For the record, the council said the plan was sound.', 'A spokesman for the Vardby council said the pier was safe.']);
    expect(r.sources.map((s) => s.name)).toEqual(['council', 'spokesman for the Vardby council']);
  });
});
