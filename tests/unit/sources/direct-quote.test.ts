import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('direct quotations', () => {
  it('reads curly quotes with the cue after, resolving "he" to the named speaker', () => {
    const r = run([
      'Marta Lind, the harbour master of Port Ellis, said the ferry would resume on Monday.',
      '“The pier is safe again and the crews are ready,” she said.',
    ]);
    expect(said(r)).toEqual([
      'Marta Lind | the ferry would resume on Monday',
      'Marta Lind | The pier is safe again and the crews are ready',
    ]);
    expect(r.quotes[1]!.direct).toBe(true);
    expect(r.quotes[1]!.cue).toBe('said');
    expect(r.sources).toHaveLength(1);
    expect(r.sources[0]!.role).toBe('harbour master of Port Ellis');
    expect(r.sources[0]!.affiliation).toBe('Port Ellis');
    expect(r.sources[0]!.statements).toBe(2);
  });

  it('reads straight quotes and an inverted cue with a role after the name', () => {
    const r = run(['"We counted every boat twice," said Oren Vale, a spokesman for the Coastal Authority.']);
    expect(said(r)).toEqual(['Oren Vale | We counted every boat twice']);
    expect(r.sources[0]!.role).toBe('spokesman for the Coastal Authority');
  });

  it('reads the cue before the quotation, with a comma or a colon', () => {
    const r = run([
      'Dana Pruitt, director of research at the Lowland Institute, said in an interview on Friday, “The numbers do not add up.”',
      'Her colleague Amos Reyes told reporters: “We will publish everything next week.”',
    ]);
    expect(said(r)).toEqual([
      'Dana Pruitt | The numbers do not add up.',
      'Amos Reyes | We will publish everything next week.',
    ]);
    expect(r.sources[0]!.role).toBe('director of research at the Lowland Institute');
    expect(r.sources[0]!.affiliation).toBe('Lowland Institute');
  });

  it('splits a quotation around its cue and gives both halves to the speaker', () => {
    const r = run(['Pruitt spoke first. “The levee held,” Pruitt said. “The pumps did not.”', '“Nobody was hurt,” he added, “and that matters most.”']);
    expect(said(r)).toEqual([
      'Pruitt | The levee held',
      'Pruitt | The pumps did not.',
      'Pruitt | Nobody was hurt',
      'Pruitt | and that matters most.',
    ]);
  });

  it('gives the second half of an interrupted quotation to the speaker across an adjunct after the cue', () => {
    const r = run(['“Every time you promise that,” Mara Quill said, pointing to the budget, “the river rises again.”']);
    expect(said(r)).toEqual(['Mara Quill | Every time you promise that', 'Mara Quill | the river rises again.']);
  });

  it('keeps the halves apart when a second cue introduces the second one', () => {
    const r = run(['“The dam is old,” Mara Quill said, adding, “but it will hold this year.”']);
    expect(said(r)).toHaveLength(2);
  });

  it('gives each paragraph of a quotation that runs over several paragraphs to its speaker, a passage apiece', () => {
    const r = run([
      'Ines Calder said the vote had been close. “We lost by nine votes,” Calder said. “Nine votes out of twelve thousand.',
      '“We will ask for a recount, and we will win it.”',
    ]);
    expect(said(r)).toEqual([
      'Ines Calder | the vote had been close',
      'Ines Calder | We lost by nine votes',
      'Ines Calder | Nine votes out of twelve thousand.',
      'Ines Calder | We will ask for a recount, and we will win it.',
    ]);
  });

  it('keeps nested quotation marks inside the passage', () => {
    const r = run(['“He told me ‘never again’ and I believed him,” said Lena Orr.']);
    expect(said(r)).toEqual(['Lena Orr | He told me ‘never again’ and I believed him']);
  });

  it('takes a fragment quoted as the complement of "described … as"', () => {
    const r = run(['Calder described the count as “slow but honest,” pointing to the extra staff.']);
    expect(said(r)).toEqual(['Calder | slow but honest']);
  });

  it('reads a paragraph of quotation after an attributed one', () => {
    const r = run(['“The bridge will close in May,” said Tomas Bright, the city engineer.', '“Traffic will move to the old road for six weeks.”']);
    expect(said(r)).toEqual([
      'Tomas Bright | The bridge will close in May',
      'Tomas Bright | Traffic will move to the old road for six weeks.',
    ]);
  });

  it('reads "Name said:" closing one paragraph and the quotation opening the next', () => {
    const r = run(['At the hearing, Judge Amira Stone said:', '“This court will not be rushed by anyone.”']);
    expect(said(r)).toEqual(['Amira Stone | This court will not be rushed by anyone.']);
    expect(r.sources[0]!.role).toBe('Judge');
  });

  it('reads transcripts, headline labels and signed vox-pop quotes', () => {
    const r = run([
      ['headline', 'Calder: Recount will change the result'],
      'WALLACE: Are you confident about the recount today, Senator Calder?',
      'CALDER: I am, after a long night of counting.',
      '“I would vote for her again tomorrow.” ― Rosa Mendel',
    ]);
    expect(said(r)).toEqual([
      'Calder | Recount will change the result',
      'Wallace | Are you confident about the recount today, Senator Calder?',
      'Calder | I am, after a long night of counting.',
      'Rosa Mendel | I would vote for her again tomorrow.',
    ]);
  });

  it('reads two apostrophes as a double quotation mark', () => {
    const r = run(["''It was a long night,'' Mr. Abel said."]);
    expect(said(r)).toEqual(['Abel | It was a long night']);
  });

  it('reads single marks when the only two apostrophes are a stray doubled close', () => {
    const r = run(["'The trials show that the hull is safe,' said Professor Ana Lund, who led the tests. 'Happily, we've found the engine may be 90% efficient.''"]);
    expect(said(r)).toEqual(['Ana Lund | The trials show that the hull is safe', "Ana Lund | Happily, we've found the engine may be 90% efficient."]);
  });

  it('takes a quotation after "<person> <any verb>:", not after a clause naming someone else', () => {
    expect(said(run(['Mara Jensen shot back: “That would be good for the islands.”']))).toEqual([
      'Mara Jensen | That would be good for the islands.',
    ]);
    expect(said(run(['Okafor later recalled that Berg told her: “We sail at dawn.”']))).not.toContain('Okafor | We sail at dawn.');
  });

  it('gives a quotation after "to which X interjected:" to X, not to the sentence’s first speaker', () => {
    expect(said(run(['Okafor said the plan was sound, to which Tom Berg interjected: “It is just not true.”']))).toEqual([
      'Okafor | the plan was sound, to which Tom Berg interjected: “It is just not true.”',
      'Tom Berg | It is just not true.',
    ]);
  });

  it('reads a whole quoted sentence after "said," even when an aside follows it in the same sentence', () => {
    const r = run([
      'Harbour pilot Ines Maro said, “We will not sail until the fog lifts” — the first time the port had closed all winter.',
      'The mayor, Tobias Wren, said, "Our crews are ready for the storm" - and the council applauded.',
      'Asked about the ferry, the engineer Lena Holt said, “We’ll know by Friday,” when the inspectors leave.',
    ]);
    expect(said(r)).toEqual([
      'Ines Maro | We will not sail until the fog lifts',
      'Tobias Wren | Our crews are ready for the storm',
      'Lena Holt | We’ll know by Friday',
    ]);
    expect(r.quotes.every((q) => q.direct)).toBe(true);
  });

  it('leaves a lower-case quoted fragment after "said," to the reported sentence around it', () => {
    const r = run([
      'Ines Maro said, “the new pier” would open before the summer season.',
      'Her deputy said, “Of course the port will defend itself” against what it calls a smear.',
    ]);
    expect(r.quotes.filter((q) => q.direct)).toEqual([]);
  });

  it('reads a quoted post that ends on a tag, then only when it was sent', () => {
    const r = run([
      'Ada Lind, who toured the valley towns this week, tweeted, "Thank you Ellis County! #Lind2028" on Friday afternoon.',
      'Her rival Omar Tesh said, "We kept our promise" late Tuesday.',
    ]);
    expect(said(r)).toEqual([
      'Ada Lind | Thank you Ellis County! #Lind2028',
      'Omar Tesh | We kept our promise',
    ]);
    expect(r.quotes.every((q) => q.direct)).toBe(true);
  });

  it('still leaves a quotation that runs on into the reporter\'s clause past a time word', () => {
    const r = run(['Ines Maro said, “The new pier opens” on Friday to the fishing fleet only.']);
    expect(r.quotes.filter((q) => q.direct)).toEqual([]);
  });

  it('reads no naming after an article or a possessive: "a call to" is the noun, its quotation a title', () => {
    const r = run([
      '“The figures are wrong,” Nadia Orsk said of the audit during a call to KVPR’s “Valley Morning.”',
      'Her calling as a “bridge builder” began in the harbour towns.',
    ]);
    expect(said(r)).toEqual(['Nadia Orsk | The figures are wrong']);
  });

  it('still reads a naming verb with its object: "called the plan a “disgrace,”"', () => {
    const r = run(['Councillor Ivo Brandt called the plan a “disgrace,” and voted against it.']);
    expect(r.quotes.map((q) => q.speaker)).toContain('Ivo Brandt');
  });
});
