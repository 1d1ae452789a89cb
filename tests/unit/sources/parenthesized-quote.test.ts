import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a statement set in parentheses', () => {
  it('reads a quotation that opens a parenthesised sentence', () => {
    const r = run(['The crowd booed the chair. (“Nobody wants a fight tonight,” said Mara Olsen, a delegate.)']);
    expect(said(r)).toEqual(['Mara Olsen | Nobody wants a fight tonight']);
  });

  it('reads an indirect statement closed by its attribution and the parenthesis', () => {
    const r = run(['The show sold well abroad. (Viewers in Lyon, it turns out, watch every episode, Mara Olsen said.)']);
    expect(said(r)).toEqual(['Mara Olsen | Viewers in Lyon, it turns out, watch every episode']);
  });
});
