import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const ATTITUDES = { attitudes: true };

describe('a title with its office ("Secretary of State …")', () => {
  it('names the person after the office, and "the secretary" finds them', () => {
    const r = run(['Secretary of Harbours Ada M. Lund toured the ferry terminal on Monday.',
      'The secretary said the fees would rise in May.'], [], ATTITUDES);
    expect(said(r)).toContain('Ada M. Lund | the fees would rise in May');
  });

  it('keeps a "former" before the title, so that "the former secretary" finds them', () => {
    const r = run(['Former Secretary of Fisheries Tom Varga toured the ferry terminal on Monday.',
      'The former secretary said the quotas were unfair.'], [], ATTITUDES);
    expect(said(r)).toContain('Tom Varga | the quotas were unfair');
  });

  it('reads the title before "of" as no one of its own', () => {
    const r = run(['Chief of Staff Per Vik met the board on Monday.', 'He said the talks had stalled.'], [], ATTITUDES);
    expect(r.sources.map((s) => s.name)).toContain('Per Vik');
    expect(r.sources.map((s) => s.name)).not.toContain('Staff Per Vik');
  });
});

describe('a description in apposition ("Ada Lund, the harbour minister, …")', () => {
  it('lets "the minister" find the person it describes', () => {
    const r = run(['Ada Lund, the harbour minister, toured the ferry terminal on Monday.',
      'The minister said the fees would rise in May.'], [], ATTITUDES);
    expect(said(r)).toContain('Ada Lund | the fees would rise in May');
  });

  it('gives no gender from another person named in it', () => {
    const r = run(['Tom Varga, a friend of Mrs. Lund, toured the ferry terminal on Monday.',
      'He said the fees would rise in May.'], [], ATTITUDES);
    expect(said(r)).toContain('Tom Varga | the fees would rise in May');
  });
});
