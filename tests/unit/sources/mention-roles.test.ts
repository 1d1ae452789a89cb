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

describe('a place or party before a role noun and a name ("Former Vardby governor Ada Lund")', () => {
  it('is no person a pronoun can stand for: the name after the role is', () => {
    const r = run(['“The board has met,” Kim Dahl said.', 'Former Vardby governor Ada Lund was even more resolute.',
      '“Absolutely not,” she said of the new timetable.'], [], ATTITUDES);
    expect(said(r)).toContain('Ada Lund | Absolutely not');
    expect(r.sources.map((s) => s.name)).not.toContain('Vardby');
  });

  it('keeps a name before a verb and its object ("Lund told reporters …")', () => {
    const r = run(['Ada Lund told reporters Tom Varga had left the board.', 'She said the fees would rise in May.'], [], ATTITUDES);
    expect(said(r)).toContain('Ada Lund | the fees would rise in May');
  });
});

describe('a word the article also writes in lower case, before a name ("Billionaire Mary Lund")', () => {
  it('describes the name: the name is the rest', () => {
    const r = run(['Billionaire Mary Lund said the fees would rise.', 'The billionaire owns the ferry line.']);
    expect(said(r)).toEqual(['Mary Lund | the fees would rise']);
  });

  it('stays in a name that is no person\'s ("Ferry Workers United")', () => {
    const r = run(['Ferry Workers United said the fees would rise.', 'The ferry line was sold in May.']);
    expect(said(r)).toEqual(['Ferry Workers United | the fees would rise']);
  });

  it('stays in the name when the article never writes it in lower case', () => {
    const r = run(['Rich Tamm said the fees would rise.', 'The ferry line was sold in May.']);
    expect(said(r)).toEqual(['Rich Tamm | the fees would rise']);
  });
});
