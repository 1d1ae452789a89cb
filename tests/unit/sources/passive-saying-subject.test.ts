import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('the subject of a passive verb of saying or finding', () => {
  it('is what was declared or projected, not who declared it', () => {
    const r = run([
      'Ada Lund was declared the winner of the harbour race on Sunday.',
      'Tom Varga was projected as the winner of the island primary.',
      'The new ferry was announced as the fleet\'s flagship.',
    ]);
    expect(said(r)).toEqual([]);
  });

  it('still reads an active verb of saying after the same subject', () => {
    const r = run(['Ada Lund declared the race a success.', 'Tom Varga announced that the ferry would sail on Monday.']);
    expect(said(r)).toContain('Tom Varga | the ferry would sail on Monday');
  });
});

describe('"\'s" before a participle', () => {
  it('is read as "has", the subject still speaks', () => {
    const r = run(['Ada Lund, who’s argued for years that the fee is unfair, spoke on Monday.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Ada Lund']);
  });
});

describe('an irregular participle or a time adverb in the passive', () => {
  it('keeps the subject of "cannot be said", "was found", "is now added" from speaking', () => {
    const r = run([
      'The same cannot be said of the old ferries, which still burn diesel.',
      'Dunmore is now added to the growing list of towns that ask for masks indoors.',
      'The letter was found to contain two errors about the harbour fees.',
    ], [], { attitudes: true });
    expect(said(r)).toEqual([]);
  });

  it('still reads the active verbs of the same subjects', () => {
    const r = run(['The mayor of Dunmore added that the masks would stay until spring.']);
    expect(said(r)).toContain('mayor of Dunmore | the masks would stay until spring');
  });
});
