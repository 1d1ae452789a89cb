import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// A surname two people share, read for the pronoun as the one who fits it (kin-surname.ts).
describe('a surname a couple shares', () => {
  it('gives "he" to the man the surname stands for, not to an earlier speaker', () => {
    expect(said(run([
      'Mark Holm, 44, pleaded guilty in May to one count of computer fraud.',
      'Despite his brash manner, public defender Shannon Quill wrote, Holm is a devoted father.',
      '“We need him at home,” his wife, Eva Marie Holm, wrote in a letter to the court.',
      'A school dropout, Holm had no training in computers. He told the Harbour Times that he guessed the passwords from public pages.',
    ])).slice(-1)).toEqual(['Mark Holm | he guessed the passwords from public pages']);
  });

  it('keeps the surname\'s reading when it fits', () => {
    expect(said(run([
      'Mark Holm, 44, pleaded guilty in May to one count of computer fraud.',
      '“We need him at home,” his wife, Eva Marie Holm, wrote in a letter to the court.',
      'A nurse, Holm had worked nights for years. She told the Harbour Times that the fines had ruined them.',
    ])).slice(-1)).toEqual(['Eva Marie Holm | the fines had ruined them']);
  });
});

describe('a possessive surname', () => {
  it('is no subject the pronoun goes back to', () => {
    expect(said(run([
      'Rep. Mark Holm will retire in January. His cousin, Scott Holm, runs a farm.',
      'His wife, Eva Marie Holm, said she founded a political group last year.',
      'Holm\'s plans were kept so secret that Tom Lund, his deputy, did not learn of them until December. He said he was asked to tell the staff.',
    ])).slice(-1)).toEqual(['Tom Lund | he was asked to tell the staff']);
  });
});
