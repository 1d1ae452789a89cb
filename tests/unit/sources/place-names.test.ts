import { describe, expect, it } from 'vitest';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs, [], { attitudes: true }).sources.map((s) => `${s.name}: ${s.kind}`);

describe('a one-word name the article writes as a place or a body', () => {
  it('is an organisation when an office or a unit of places is "of" it', () => {
    expect(kinds(['Mayor of Skerrvik Explains the Rules', 'The town of Skerrvik passed an ordinance on Monday.', 'Skerrvik announced on Monday that masks would be required in shops.']))
      .toContain('Skerrvik: organization');
  });

  it('is an organisation when it has what only a country or a firm has', () => {
    expect(kinds(["Vardland's health minister is stressing the need for more ferries.", 'Vardland aims to have the new pier ready in May.']))
      .toContain('Vardland: organization');
    expect(kinds(['Dozens of Brekkon employees staged a walkout.', 'Brekkon said the release was cancelled.']))
      .toContain('Brekkon: organization');
  });

  it('is an organisation when a place word ends the name', () => {
    expect(kinds(['Holm County already announced a curfew on Friday.'])).toContain('Holm County: organization');
  });

  it('stays a person the article calls "who" or gives a given name', () => {
    expect(kinds(["Brekke, who runs the ferry, said Vardby's population had grown.", "Brekke's population figures were wrong, she said."]))
      .not.toContain('Brekke: organization');
    expect(kinds(['Mary Holt said the fund would grow.'])).toContain('Mary Holt: person');
  });
});
