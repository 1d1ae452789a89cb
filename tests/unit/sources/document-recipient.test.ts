import { describe, expect, it } from 'vitest';
import { namesRecipient } from '../../../src/core/sources/document-recipient';
import { run } from './run';

describe('a document named with its recipient', () => {
  it('reads a name after "to" as the recipient, not an infinitive nor a recipient before the author', () => {
    expect(namesRecipient(' to Tom Reed')).toBe(true);
    expect(namesRecipient(' sent to the Harbour Board')).toBe(true);
    expect(namesRecipient(' by the ministry')).toBe(false);
    expect(namesRecipient(' to be released this week by two economists')).toBe(false);
    expect(namesRecipient(' to Facebook from the chairman of the committee')).toBe(false);
    expect(namesRecipient(' on the harbour')).toBe(false);
  });

  it('names the document without the one it was sent to', () => {
    const r = run(['The Liberals\' letter to Martin Holt, the ethics commissioner, said: "There must be a full inquiry into the sale."']);
    expect(r.sources.map((s) => s.name).some((n) => n.includes('Holt'))).toBe(false);
    expect(r.quotes.map((q) => q.speaker)).toEqual(["Liberals' letter"]);
  });
});
