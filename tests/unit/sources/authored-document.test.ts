import { describe, expect, it } from 'vitest';
import { issuedDocumentAt } from '../../../src/core/sources/authored-document';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);
const at = (s: string) => issuedDocumentAt(s, 0, s.lastIndexOf(' ') + 1);

describe('a statement handed out as a document is its issuer\'s', () => {
  it('finds the verb of issuing and the document before the participle', () => {
    expect(at('The harbour board issued a statement Monday saying')).toBe('The harbour board '.length);
    expect(at('Her office put out a brief statement saying')).toBe('Her office '.length);
    expect(at('Forty skippers signed an open letter to the council urging')).toBeGreaterThan(0);
    expect(at('The union has since released statements on Facebook saying')).toBeGreaterThan(0);
    expect(at('The ferry company ran newspaper ads urging')).toBeGreaterThan(0);
  });

  it('wants the verb of issuing, and no break between it and the participle', () => {
    // (a document as a phrase's object, a finding, or a participle after a comma: other readers')
    expect(at('The board said in a statement saying')).toBe(-1);
    expect(at('The letter calling')).toBe(-1);
    expect(at('A poll released Monday showing')).toBe(-1);
    expect(at('The board issued a statement, and then, saying')).toBe(-1);
    expect(at('The board issued a ruling on the quay, saying')).toBe(-1);
  });

  it('reads what the participle governs as the subject\'s statement', () => {
    const r = run(['The harbour board issued a statement Tuesday saying the quay would reopen in May.', 'Her office put out a statement saying the ferry fares would not rise this year.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('harbour board | the quay would reopen in May');
    expect(found).toContain('office | the ferry fares would not rise this year');
    // ("issued a statement …" is no position of the board's besides.)
    expect(found.some((l) => l.includes('a statement'))).toBe(false);
  });

  it('reads a relative clause on the document as its issuer\'s, not as the relative reader\'s', () => {
    expect(issuedDocumentAt('The board issued a statement that said', 0, 'The board issued a statement that '.length, true)).toBe('The board '.length);
    expect(issuedDocumentAt('The board read a statement that said', 0, 'The board read a statement that '.length, true)).toBe(-1);
    const r = run(['The harbour board issued a statement that said the quay would reopen in May.', 'The nurses sent a letter Tuesday which warned that the ferry would stop.', 'Ms. Lund posted a video on Facebook saying she would run again.'], [], ATTITUDES);
    const found = lines(r);
    expect(found).toContain('harbour board | the quay would reopen in May');
    expect(found).toContain('nurses | the ferry would stop');
    expect(found).toContain('Lund | she would run again');
    expect(found.some((l) => /issued|a statement|a letter|a video/.test(l))).toBe(false);
  });
});
