import { describe, expect, it } from 'vitest';
import { attributionOf } from '../../../src/content/hover-card/content';
import { analyzeFixture } from '../../helpers/load-fixture';
import { run } from './run';

// A page with both statements ("said") and positions ("believes", "wants", "criticized", "plans
// to"): the fact sheet holds both, positions marked cueKind 'attitude', and counts them apart.
describe('statements and positions on a whole page', () => {
  const { sheet } = analyzeFixture('sources/harbour-vote.html', { url: 'https://bayledger.example/news/harbour-vote' });
  const lines = sheet.quotes.map((q) => `${q.speaker} | ${q.cueKind ?? 'statement'} | ${q.cue} | ${q.text}`);

  it('lists positions beside statements, each with its source', () => {
    expect(lines).toEqual([
      // ("…, its chair said." in the lede: the council chair the next paragraph names, role-holder-nearby.ts.)
      'Ruth Okafor | statement | said | The harbour council on Monday put off a vote on the new ferry terminal until September',
      'Ruth Okafor | statement | said | the engineers needed more time to test the seabed',
      'Ruth Okafor | statement | said | We will not build on sand',
      'Ruth Okafor | attitude | believes | the terminal can still open in 2028',
      'Ruth Okafor | attitude | wants | the port authority to share its tide data before the vote',
      'Daniel Brandt | attitude | criticized | the delay as a gift to the ferry operators',
      'Daniel Brandt | statement | said | the terminal had already cost £4 million in studies',
      'Coastal Transport Authority | attitude | plans | to publish its own survey of the seabed in July',
    ]);
  });

  it('counts statements and positions separately', () => {
    expect(sheet.sources.map((s) => [s.name, s.kind, s.statements, s.positions])).toEqual([
      ['Ruth Okafor', 'person', 3, 2],
      ['Daniel Brandt', 'person', 1, 1],
      ['Coastal Transport Authority', 'organization', 0, 1],
    ]);
  });

  it('lists neither the photo credit nor the author', () => {
    expect(sheet.sources.some((s) => /photo|Nandakumar/i.test(s.name))).toBe(false);
  });

  it('has the hover card say "position of", not "attributed to", for a position', () => {
    const position = sheet.quotes.find((q) => q.cue === 'believes')!;
    const statement = sheet.quotes.find((q) => q.cue === 'said' && !q.direct)!;
    expect(attributionOf(position)).toBe('Position of Ruth Okafor (believes)');
    expect(attributionOf(statement)).toBe('Attributed to Ruth Okafor (said)');
  });
});

describe('a belief read with the verbs of saying', () => {
  it('is a position, and its content stops where a second cue of the same speaker starts', () => {
    const r = run(['Harbour master Ola Lind thinks the pier is safe, and she hopes the ferries return by May.'], [], { attitudes: true });
    expect(r.quotes.map((q) => `${q.cueKind ?? 'statement'} | ${q.cue} | ${q.text}`)).toEqual([
      'attitude | thinks | the pier is safe',
      'attitude | hopes | the ferries return by May',
    ]);
  });

  it('tells the same position once when one cue governs the other ("plans to publish")', () => {
    const r = run(['The harbour board plans to publish its budget in June.'], [], { attitudes: true });
    expect(r.quotes.map((q) => q.cue)).toEqual(['plans']);
  });
});

describe('titles and descriptions', () => {
  it('resolve "the president" and "the nominee" to the person named with that title, speaker or not', () => {
    const r = run([
      'President Lena Strand visited the harbour on Monday.',
      'The president said the ferries would be free in August.',
      'Republican nominee Tom Vik toured the pier later.',
      'The nominee said the plan would bankrupt the port.',
    ]);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual([
      'Lena Strand | the ferries would be free in August',
      'Tom Vik | the plan would bankrupt the port',
    ]);
  });
});

describe('pronouns', () => {
  it('agree with the gender the article\'s honorifics give a person', () => {
    const r = run([
      'Mrs. Lind met the ferry crews on Monday, and Mr. Berg joined them later.',
      'She said the crews would be paid in full.',
    ]);
    expect(r.quotes.map((q) => `${q.speaker} | ${q.text}`)).toEqual(['Lind | the crews would be paid in full']);
  });
});
