import { describe, expect, it } from 'vitest';
import { speaksAs } from '../../../src/core/sources/refiners/first-person-speakers';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.name}: ${s.kind}`);

describe('a quotation read for its speaker\'s person', () => {
  it('speaks as "I" with a pronoun of prose', () => {
    expect(speaksAs('I’m not going back there.').singular).toBe(true);
    expect(speaksAs('Then I saw the lantern go out.').singular).toBe(true);
    expect(speaksAs('Give it to me, now.').singular).toBe(true);
    expect(speaksAs('My sword is broken.').singular).toBe(true);
  });

  it('does not speak as "I" through a title, a numeral or a quoted phrase', () => {
    expect(speaksAs('The show “I Remember Brenna” opens on Friday.').singular).toBe(false);
    expect(speaksAs('Our film, I Walk Alone, opens on Friday.').singular).toBe(false);
    expect(speaksAs('The plant dates from World War I and still runs.').singular).toBe(false);
    expect(speaksAs('Sales of the mystery novel grew in the spring.').singular).toBe(false);
  });

  it('speaks as "we" with a plural pronoun', () => {
    expect(speaksAs('We’re shipping the update to our users.').plural).toBe(true);
    expect(speaksAs('The update ships in March.').plural).toBe(false);
  });
});

describe('a one-word speaker who says "I"', () => {
  it('is a person, though the text also writes the name after "to" or "from"', () => {
    // (Without the first person these read as a place or an outlet, entity-names.ts.)
    expect(kinds([
      'Maren handed the lantern to Brannoch.',
      '“I’m trying to hold the rope!” Brannoch shouted.',
      '“Give me your hand,” Brannoch said.',
    ])).toContain('Brannoch: person');
    expect(kinds(['The letter came from Brannoch.', '“I’m trying to hold the rope!” Brannoch said.'])).toContain('Brannoch: person');
  });

  it('stays a body when it speaks as "we" as often as "I"', () => {
    expect(kinds([
      'The letter came from Skerrvik.',
      '“We are sorry for the delays, and I hope riders will forgive us,” Skerrvik said.',
    ])).toContain('Skerrvik: organization');
  });

  it('stays a body when its "I" is inside a quoted title', () => {
    expect(kinds([
      'The letter came from Skerrvik.',
      '“The film ‘I Remember Brenna’ opens in May,” Skerrvik said.',
    ])).toContain('Skerrvik: organization');
  });

  it('stays a body when the text writes out its company name', () => {
    const out = kinds([
      'Skerrvik Book Group bought the rights in May.',
      'The letter came from Skerrvik.',
      '“It is who gets silenced next that worries me,” Skerrvik said.',
    ]);
    expect(out).not.toContain('Skerrvik: person');
  });

  it('stays a body when its name is an acronym', () => {
    const out = kinds([
      'The agency NVFA published its yearly report on Monday.',
      '“I think the numbers speak for themselves,” NVFA said in the report.',
    ]);
    expect(out).not.toContain('NVFA: person');
  });
});
