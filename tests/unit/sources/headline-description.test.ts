import { describe, expect, it } from 'vitest';
import { isHeadlineDescription } from '../../../src/core/sources/headline-description';
import { run, said } from './run';

describe('a headline label followed by a description of the label', () => {
  it('is no statement: a noun phrase with a phrase of its own, or a short possessive phrase', () => {
    expect(said(run([['headline', 'Ana Roe: The woman behind the harbour plan'], 'Ana Roe grew up in Tarrow. Roe now runs the port.']))).toEqual([]);
    expect(said(run([['headline', 'Kettle Row: Leeds’s finest corner bakery'], 'Kettle Row opened in May. Kettle Row sells bread.']))).toEqual([]);
    expect(said(run([['headline', 'Open Seas: The Politics of Fishing Quotas in Small Nations'], 'Open Seas is a book. Open Seas sold well.']))).toEqual([]);
  });

  it('is no statement after a label of a common noun either', () => {
    expect(said(run([['headline', 'Insiders: The Secret Life of Harbour Pilots'], 'The pilots work at night.']))).toEqual([]);
    expect(said(run([['headline', 'Insiders: The port deal will collapse by spring'], 'The deal was signed in March.'])))
      .toEqual(['Insiders | The port deal will collapse by spring']);
  });

  it('leaves a statement after the label to its speaker', () => {
    expect(said(run([['headline', 'Okafor: The harbour plan will pass this spring'], 'Mayor Ada Okafor spoke on Monday. Okafor was upbeat.'])))
      .toEqual(['Ada Okafor | The harbour plan will pass this spring']);
  });

  it('tells the two shapes apart', () => {
    expect(isHeadlineDescription('The man behind the ferry strike')).toBe(true);
    expect(isHeadlineDescription('Tarrow’s oldest fish market')).toBe(true);
    expect(isHeadlineDescription('The ferry strike is over')).toBe(false);
    expect(isHeadlineDescription('Ferry fares will double')).toBe(false);
    expect(isHeadlineDescription('Tarrow’s mayor resigned')).toBe(false);
    expect(isHeadlineDescription('“A sad day for the harbour”')).toBe(false);
    expect(isHeadlineDescription('The case for the strike won’t hold')).toBe(false);
  });
});
