import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a dash and a name after a quotation that is no vox-pop', () => {
  it('reads an author line after a quotation inside a clause as no signature', () => {
    const r = run(['Mayor Lena Holm said Monday that the ferry was "still the best way to cross."--Piet Lund.']);
    expect(said(r).some((l) => l.startsWith('Piet Lund'))).toBe(false);
  });

  it('reads a short title in a list as no signed quotation', () => {
    const r = run(['Song of the year', '“Lights” – Ada Holm', '“Night Boat” – Piet Lund']);
    expect(said(r)).toEqual([]);
  });

  it('still reads a vox-pop sentence signed on its own line after another signature', () => {
    const r = run(['“Ferries are lifelines.” ― Ada Holm\n“We need a night boat to the island.” ― Piet Lund']);
    expect(said(r)).toEqual(['Ada Holm | Ferries are lifelines.', 'Piet Lund | We need a night boat to the island.']);
  });
});
