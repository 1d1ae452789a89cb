import { describe, expect, it } from 'vitest';
import { run } from './run';

const said = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).quotes.map((q) => `${q.speaker} | ${q.cue}`);

describe('"The" and an adjective of a nation or a party before a noun of a source', () => {
  it('opens a description, not a name', () => {
    expect(said(['The Danish premier went on the radio on Sunday, writing: “Next year the ferries will be free.”']))
      .toContain('Danish premier | writing');
    expect(said(['The Norwegian embassy in Oslo called the remarks deplorable and blamed the rebels for the deaths.']))
      .not.toContain('Norwegian | blamed');
    expect(said(['The Republican candidate spoke in Dover on Friday, saying: “We will fix the roads.”']))
      .toContain('Republican candidate | saying');
  });

  it('leaves a name before the noun, and a name before a verb, to the name readers', () => {
    expect(said(['The Vik campaign answered the charge on Monday, saying: “We have nothing to hide.”']))
      .not.toContain('Vik campaign | saying');
    expect(said(['The Guardian reported on Monday, saying: “The pier is closed.”']))
      .toContain('Guardian | saying');
  });
});

describe('an adjective of a nation or a party, with or without "The", before lower-case nouns and a verb', () => {
  it('keeps the whole noun phrase as the source', () => {
    expect(said(['Albanian farmers are far more likely to say that the new tariff will hurt them.']))
      .toContain('Albanian farmers | say');
    expect(said(['Federal inspectors have refused to sign the harbour plan.']))
      .toContain('Federal inspectors | refused');
    expect(said(['The Socialist presidential nominee has refused to endorse the harbour plan.']))
      .toContain('Socialist presidential nominee | refused');
    // (A platform is a thing, which the attitude reader lets hold no view; never the adjective alone.)
    expect(said(['The Conservative platform openly backs a new bridge, outlining three ways to pay for it.']))
      .not.toContain('Conservative | outlining');
  });

  it('leaves a one-word name before its verb alone', () => {
    expect(said(['Okafor said the bridge would open in May.'])).toContain('Okafor | said');
    expect(said(['Okafor refused to endorse the harbour plan.'])).toContain('Okafor | refused');
    expect(said(['Vivian then agreed to sell the ferry company.'])).not.toContain('Vivian then | agreed');
    // (A bare singular after the adjective is a mass noun, a thing: no source.)
    expect(said(['Industrial automation can recognize faults and repair pumps.'])).toEqual([]);
    // ("These" ends like "Chinese" but is a determiner: a plain description stays out of this reader.)
    expect(said(['These angry farmers met after Okafor called the tariff a trap and proposed a new fund.']))
      .toContain('Okafor | proposed');
  });
});

describe('groups of the two parties with the same head', () => {
  it('stay two sources', () => {
    const both = said(['In Ohio, half of GOP primary voters said they were angry.', 'Democratic voters said they were hopeful about the economy.']);
    expect(both).toContain('half of GOP primary voters | said');
    expect(both).toContain('Democratic voters | said');
  });
});
