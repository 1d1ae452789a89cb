import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('a position with its own subject inside another content of the same speaker', () => {
  it('keeps the clause the speaker restates ("which she believes …") as a second position', () => {
    const r = run(['Councillor Ida Brandt criticized the ferry board for raising fares, which she believes will drive riders away.'], [], ATTITUDES);
    const found = lines(r);
    expect(found.some((l) => l.startsWith('Ida Brandt | the ferry board for raising fares'))).toBe(true);
    expect(found.filter((l) => l.startsWith('Ida Brandt |') && l.endsWith('will drive riders away'))).toHaveLength(2);
  });

  it('still reads "plans to publish …" as one position: the infinitive shares the subject', () => {
    const r = run(['The Harbour Trust plans to publish a survey of mooring fees in June.'], [], ATTITUDES);
    expect(lines(r)).toHaveLength(1);
  });
});
