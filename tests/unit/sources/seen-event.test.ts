import { describe, expect, it } from 'vitest';
import { isSeenEvent } from '../../../src/core/sources/seen-event';
import { run } from './run';

// "See" with a small clause after its object witnesses or undergoes an event; with "as" or a
// clause it holds a view.
const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('"see" with an object that has a verb of its own', () => {
  it('reads an event seen or undergone', () => {
    expect(isSeenEvent('saw', ' its ferry numbers fall to a record low')).toBe(true);
    expect(isSeenEvent('saw', ' their vote share decline as the independents gained')).toBe(true);
    expect(isSeenEvent('saw', ' him wading into the harbour around noon')).toBe(true);
    expect(isSeenEvent('has seen', ' her lead in the polls evaporate')).toBe(false);
    expect(isSeenEvent('seen', ' her lead evaporate quickly')).toBe(true);
    expect(isSeenEvent('saw', ' his Harbour Party (HP) gain 4% support')).toBe(true);
    expect(isSeenEvent('see', ' Ada Lund finally become the mayor')).toBe(true);
    expect(isSeenEvent('saw', ' Tomas and Ines climbing the sea wall')).toBe(true);
  });

  it('keeps the view sense: "as", a clause, a noun phrase alone', () => {
    expect(isSeenEvent('sees', ' the ferry deal as a win for the island')).toBe(false);
    expect(isSeenEvent('saw', ' her choice to leave the board as a sign of independence')).toBe(false);
    expect(isSeenEvent('see', ' him as the likeliest successor')).toBe(false);
    expect(isSeenEvent('saw', ' Berg could still win the harbour wards')).toBe(false);
    expect(isSeenEvent('see', ' the need for a second ferry')).toBe(false);
    expect(isSeenEvent('see', " the council's point")).toBe(false);
    expect(isSeenEvent('see', ' a strong candidate who can unite the party')).toBe(false);
    expect(isSeenEvent('see', ' it that way')).toBe(false);
    expect(isSeenEvent('sees', ' the harbour plan')).toBe(false);
    expect(isSeenEvent('has seen', ' a rise in her standing')).toBe(false);
    expect(isSeenEvent('saw', ' the exit poll and the first results')).toBe(false);
  });

  it('reads no other verb', () => {
    expect(isSeenEvent('watched', ' its ferry numbers fall to a record low')).toBe(false);
    expect(isSeenEvent(null, ' its ferry numbers fall')).toBe(false);
  });

  it('drops the event and keeps the view', () => {
    const r = run([
      'The ruling harbour coalition saw its numbers fall to a record low on Sunday.',
      'Mayor Ines Falk sees the result as a warning to the coalition.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Ines Falk | sees | the result as a warning to the coalition']);
  });
});
