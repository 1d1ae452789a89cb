import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

describe('a document\'s finding inside a larger sentence', () => {
  it('reads a finding participle on a document noun ("a new poll showing …")', () => {
    const r = run([
      'The board met again with recent polls suggesting that the harbour plan has lost support.',
      'Months of talks ended with the audit indicating that the tunnel would cost twice the estimate, which the council disputed.',
      'The council, faced with new studies finding the seabed unstable, paused the tunnel work.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'recent polls | suggesting | the harbour plan has lost support',
      'audit | indicating | the tunnel would cost twice the estimate',
      // (The relative clause's own position, object-gap.ts: the council disputed "which".)
      'council | disputed | which',
      'new studies | finding | the seabed unstable',
    ]);
  });

  it('leaves a participle that hangs on no document alone ("the crew showing …")', () => {
    const r = run(['The video ended with the crew showing visitors around the old lighthouse.'], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('reads a document as the subject of a finding or saying verb after a subordinator ("after a poll showed …")', () => {
    const r = run([
      'The council delayed its vote after a Harbour Gazette poll showed a narrow lead for the tunnel plan.',
      'The minister spoke as a new study found most ferry users would pay more for night crossings.',
      'The crossing was cancelled after the coastguard report said the quay was unsafe.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Harbour Gazette poll | showed | a narrow lead for the tunnel plan',
      'new study | found | most ferry users would pay more for night crossings',
      'coastguard report | said | the quay was unsafe',
    ]);
  });

  it('still reads no speaker for a verb of doing after a subordinator ("after the report changed …")', () => {
    const r = run(['The vote was delayed after the report changed the tunnel estimate twice.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.startsWith('report'))).toEqual([]);
  });
});

describe('a subject set off by "where" or followed by "there"', () => {
  it('reads the subject after "where" and across a place adverb ("polls there show …")', () => {
    const r = run([
      'The ferry line runs to an island where polls show the harbour plan trailing badly.',
      'Fishermen there say the new quay has already silted up.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'polls | show | the harbour plan trailing badly',
      'Fishermen | say | the new quay has already silted up',
    ]);
  });
});

describe('results, averages, tallies and evidence tell findings as documents do', () => {
  it('reads them as the subject of a finding verb', () => {
    const r = run([
      'Early results of the harbour ballot show the tunnel plan losing in every ward.',
      'The average of recent island surveys shows support for the night ferry at a record high.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Early results of the harbour ballot | show | the tunnel plan losing in every ward',
      'average of recent island surveys | shows | support for the night ferry at a record high',
    ]);
  });
});
