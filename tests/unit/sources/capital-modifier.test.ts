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
