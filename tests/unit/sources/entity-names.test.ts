import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const sources = (paragraphs: (string | ['headline', string])[]) =>
  run(paragraphs, [], ATTITUDES).sources.map((s) => `${s.name} (${s.kind}${s.role ? `, ${s.role}` : ''})`);

describe('sources named as a reader names them', () => {
  it('takes the full name the article gives a person quoted by surname', () => {
    expect(sources([
      'The envoy, Kurt Vollan, arrived in Vardby on Monday.',
      '“We are close to a deal,” Vollan said.',
    ])).toEqual(['Kurt Vollan (person)']);
  });

  it('takes the full name from a possessive written with a bare apostrophe', () => {
    expect(sources([
      'The council debated Sen. Tomas Reynolds’ housing record on Monday.',
      'Reynolds said the record would speak for itself.',
    ])).toContain('Tomas Reynolds (person)');
  });

  it('reads a name that ends its sentence without the full stop', () => {
    expect(run(['The harbour board met with mayor Petra Lund. She said the ferry would run all winter.']).quotes.map((q) => q.speaker))
      .toEqual(['Petra Lund']);
  });

  it('splits a school\'s principal from the name run into the school\'s', () => {
    expect(sources(['Vardby Lower School Principal Tove Nesse confirmed the closure to parents on Monday.']))
      .toContain('Tove Nesse (person, Vardby Lower School Principal)');
    // (Not a body whose own name opens with the word: the rest is a body's.)
    expect(sources(['Principal Harbour Group said the ferries would be sold.'])).not.toContain('Harbour Group (person, Principal)');
  });

  it('makes no guess when two people share the surname', () => {
    expect(sources([
      'Jon Berg and his daughter Ida Berg run the ferry company.',
      '“We will keep the night boat,” Berg said.',
    ])).toEqual(['Berg (person)']);
  });

  it('moves a title run into a name to the role', () => {
    expect(sources(['Harbour Board President Tim Lark told reporters the pier would reopen in May.']))
      .toEqual(['Tim Lark (person, Harbour Board President)']);
  });

  it('moves an office of a title run into a name to the role', () => {
    expect(sources(['Harbour Board Chief of Staff Tim Lark told reporters the pier would reopen in May.']))
      .toEqual(['Tim Lark (person, Harbour Board Chief of Staff)']);
  });

  it('reads a headline word the article writes in lower case as no first name', () => {
    expect(sources([
      ['headline', 'Can Okafor win a third term? She says the ferry plan will carry her'],
      'Supervisor Ruth Okafor said the ferry plan can pay for itself.',
    ])).toEqual(['Ruth Okafor (person, Supervisor)']);
  });

  it('gives an outlet or a place the article writes after "told" or "in" the kind of a body', () => {
    expect(sources([
      'Jensen told Skerrypost on Monday that the tariff would stay.',
      'Skerrypost reported that the board had met in secret.',
    ])).toContain('Skerrypost (organization)');
  });

  it('takes "the Gazette" for the Harbour Gazette the article names', () => {
    expect(sources([
      'The Harbour Gazette reported on Monday that the pier would close.',
      'The pier will reopen in May, according to the Gazette.',
    ])).toEqual(['Harbour Gazette (organization)']);
  });

  it('takes a person described by one bare noun and never named for an unnamed source', () => {
    expect(sources(['The diplomat said the talks in Vardby had stalled.'])).toEqual(['diplomat (anonymous)']);
    // (A description that says which one stays a person.)
    expect(sources(['The former mayor said the talks in Vardby had stalled.'])).toEqual(['former mayor (person)']);
    expect(sources(["The ferry pilot's mother said the talks in Vardby had stalled."])).toEqual(["ferry pilot's mother (person)"]);
  });
});
