import { describe, expect, it } from 'vitest';
import { companyNamedBefore } from '../../../src/core/sources/company-antecedent';
import { run, said } from './run';

describe('"the company" resolved to the company the article has just named', () => {
  it('gives "the company said" to the name the article marks as a company (a founder, a CEO, shares)', () => {
    const r = run([
      'Tidewire co-founder Ann Lee left last spring. Since then, Tidewire has struggled with late ferries.',
      'Ticket sales fell by a third this winter, the company said on Monday.',
    ]);
    expect(said(r)).toEqual(['Tidewire | Ticket sales fell by a third this winter']);
  });

  it('keeps an unmarked name out: "the company" stays a description without a company named', () => {
    const r = run(['Ola Vik visited Vardby in May.', 'Ticket sales fell by a third this winter, the company said on Monday.']);
    expect(said(r)).toEqual(['company | Ticket sales fell by a third this winter']);
  });

  it('takes the marked name written last before the description, and no person', () => {
    const text = 'Skerry CEO Ola Vik met Tidewire shareholders in May. Later Skerry cut fares. The company said';
    expect(companyNamedBefore(text, text.length, 'company')).toBe('Skerry');
    expect(companyNamedBefore('Ann Lee shares her view. Vik shares it. The company said', 56, 'company')).toBeNull();
    expect(companyNamedBefore("Ann Lee's shares fell. The company said", 39, 'company')).toBeNull();
    expect(companyNamedBefore(text, text.length, 'spokesman')).toBeNull();
  });
});
