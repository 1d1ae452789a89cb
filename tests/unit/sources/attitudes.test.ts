import { describe, expect, it } from 'vitest';
import { growth, GROWTH_TIMEOUT } from '../../helpers/growth';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.cueKind ?? 'statement'} | ${q.text}`);

describe('attitude cues (only when asked for)', () => {
  it('reads beliefs, wants, plans, stances and calls, and marks the non-statements', () => {
    const r = run([
      'Councillor Mara Jensen believes the ferry subsidy is too small.',
      'Jensen wants a second vote on the budget.',
      'The harbour board plans to raise fees in May.',
      'Jensen criticized the fee rise as unfair to islanders.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | believes | attitude | the ferry subsidy is too small',
      'Mara Jensen | wants | attitude | a second vote on the budget',
      'harbour board | plans | attitude | to raise fees in May',
      'Mara Jensen | criticized | attitude | the fee rise as unfair to islanders',
    ]);
  });

  it('reads a share of a group of people as the subject ("Some of the skippers think …"), not a share of things', () => {
    const r = run([
      'Some of the skippers think the breakwater is too short.',
      'Many of her neighbours oppose the new marina.',
      'Many of the harbour contests favor the larger boats.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Some of the skippers | think | attitude | the breakwater is too short',
      'Many of her neighbours | oppose | attitude | the new marina',
    ]);
  });

  it('leaves attitudes out of the default reading (the fact sheet)', () => {
    const r = run(['Councillor Mara Jensen wants a second vote on the budget.', 'Jensen criticized the fee rise as unfair to islanders.']);
    expect(r.quotes).toEqual([]);
    expect(r.sources).toEqual([]);
  });

  it('lists a statement told twice (deck and body) once, and twice only when asked to keep repeats', () => {
    const page: Parameters<typeof run>[0] = [
      ['deck', 'Okafor said the ferry tariff will be dropped in May.'],
      'Harbour Master Ada Okafor said the ferry tariff will be dropped in May, after the vote.',
    ];
    expect(run(page, [], { attitudes: true, keepRepeats: true }).quotes.map((q) => q.text)).toEqual([
      'the ferry tariff will be dropped in May',
      'the ferry tariff will be dropped in May, after the vote',
    ]);
    expect(run(page, [], ATTITUDES).quotes.map((q) => q.text)).toEqual(['the ferry tariff will be dropped in May, after the vote']);
    expect(run(page).quotes.map((q) => q.text)).toEqual(['the ferry tariff will be dropped in May, after the vote']);
  });

  it('shares the sentence subject with a participle, a coordinated verb and a purpose infinitive', () => {
    const r = run([
      'Tomas Berg toured the boatyard on Friday, praising its apprentices.',
      'Berg met the mayor and defended the new tariff.',
      'Berg flew to Oslo to announce a second terminal.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Tomas Berg | praising | attitude | its apprentices',
      'Tomas Berg | defended | attitude | the new tariff',
      'Tomas Berg | announce | attitude | a second terminal',
    ]);
  });

  it('takes shares of poll respondents as sources', () => {
    const r = run([
      'Sixty-two percent said the ferry service had got worse.',
      'About three in 10 say they would pay a higher fare.',
      'Among islanders, 41 percent oppose the tariff.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Sixty-two percent | said | attitude | the ferry service had got worse',
      'About three in 10 | say | attitude | they would pay a higher fare',
      '41 percent | oppose | attitude | the tariff',
    ]);
  });

  it('reads any short noun phrase after "according to"', () => {
    const sentence = 'Island traffic fell sharply in winter, according to the latest count available from the harbour office.';
    expect(lines(run([sentence], [], ATTITUDES))).toEqual(['latest count available from the harbour office | according to | statement | Island traffic fell sharply in winter']);
    expect(run([sentence]).quotes).toEqual([]);
  });

  it('gives "called X “label”" its whole predicate, and phrasal cues their particle', () => {
    expect(lines(run(['Mara Jensen called the new timetable “a mess.”'], [], ATTITUDES))).toEqual(['Mara Jensen | called | statement | the new timetable “a mess.”']);
    expect(lines(run(['Mara Jensen called the new timetable “a mess.”']))).toEqual(['Mara Jensen | called | statement | a mess.']);
    expect(lines(run(['Mara Jensen went after the harbour master over the delays.', 'Jensen made it clear that she would not run again.'], [], ATTITUDES))).toEqual([
      'Mara Jensen | went after | attitude | the harbour master over the delays',
      'Mara Jensen | made it clear | attitude | she would not run again',
    ]);
  });

  it('runs a "called X “label”" predicate on through a list of quoted labels, and no further', () => {
    expect(lines(run(['Mara Jensen called the ferry board a “cartel,” a “closed shop,” “arrogant” and “broke.”'], [], ATTITUDES)))
      .toEqual(['Mara Jensen | called | statement | the ferry board a “cartel,” a “closed shop,” “arrogant” and “broke.”']);
    // (A clause after the label, even one that quotes, is not another label.)
    expect(lines(run(['Mara Jensen called the timetable a “mess,” and the board said it would “look again.”'], [], ATTITUDES)).slice(0, 1))
      .toEqual(['Mara Jensen | called | statement | the timetable a “mess,”']);
  });
});

describe('noun cues with a possessive source (only when asked for)', () => {
  it('reads "X’s claim that …" and "her proposal to …"', () => {
    const r = run(['Mara Jensen spoke on Monday. She repeated her claim that the ferry loses money.', 'Councillors weighed Tomas Berg’s proposal to merge the two lines.'], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.provenance.extractor === 'sources/noun-cue').map((q) => `${q.speaker} | ${q.cue} | ${q.text}`)).toEqual([
      'Mara Jensen | claim | the ferry loses money',
      'Tomas Berg | proposal | to merge the two lines',
    ]);
  });

  it('needs a name or a possessive pronoun, and a clause or object after the noun', () => {
    const r = run(['The claim that the ferry loses money is old.', 'Her claim was brief.', 'The Harbour’s plan to'], [], ATTITUDES);
    expect(r.quotes.filter((q) => q.provenance.extractor === 'sources/noun-cue')).toEqual([]);
  });
});

describe('attitude cues: what must not match', () => {
  it('no passive subject, no noun use, no common word as a name, no prepositional phrase as a subject', () => {
    const r = run([
      'The ferry was criticized by islanders for months.',
      'The tariff plan was shelved.',
      'Long delays frustrate commuters, and long queues anger drivers.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('reads no prepositional phrase into the subject ("In a statement the board praised")', () => {
    // (The phrase fronted without its comma is left out: fronted-phrase.ts.)
    const r = run(['In a statement the board praised the crews.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['board | praised | attitude | the crews']);
  });

  it('reads no cue after a possessive as a verb, but keeps a contracted "is" before an -ing form', () => {
    const r = run([
      'The islanders\u2019 views of the new ferry have soured since June.',
      "The union's plans for the strike were leaked on Monday.",
      "Mara Jensen runs the ferry. She's hoping it will sail again by May.",
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | hoping | attitude | it will sail again by May']);
  });

  it('no clause read as a subject, no passive participle with its agent, nested cues read', () => {
    expect(lines(run(['The ferry plan faced some stiff challenges from the start.', 'The delay reported by the harbour office angered riders.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['Mara Jensen criticized the fare rise, and Tomas Berg praised the new timetable.'], [], ATTITUDES))).toEqual([
      'Mara Jensen | criticized | attitude | the fare rise',
      'Tomas Berg | praised | attitude | the new timetable',
    ]);
  });

  it('a base-form cue needs a subject it agrees with', () => {
    expect(lines(run(['The Jensen plan would cut the night crossing.', 'Mara Jensen support grew in the spring.'], [], ATTITUDES))).toEqual([]);
    expect(lines(run(['The islanders support a night crossing.'], [], ATTITUDES))).toEqual(['islanders | support | attitude | a night crossing']);
  });

  it('stays linear on a long run of cue words', () => {
    const cues = (count: number) => run(['Jensen wants '.repeat(count) + 'more.'], [], ATTITUDES);
    expect(growth(cues, 1000)).toBeLessThan(10);
  }, GROWTH_TIMEOUT);

  it('gives a participle the subject of an attitude cue earlier in its sentence', () => {
    const r = run(['After the vote on Tuesday, Mara Jensen mocked the harbour plan, saying it would sink the ferry budget.'], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | mocked | attitude | the harbour plan',
      'Mara Jensen | saying | statement | it would sink the ferry budget',
    ]);
  });

  it('guesses the person named last for a pronoun the rules leave open, in this reading only', () => {
    // (In a paragraph a quotation runs on from: the quoted speaker's "we" and "I".)
    const paragraphs = ['Tomas Berg ran the night ferry for twenty years.', 'We want the old timetable back. I think the board knows it. \u201CThe crews are tired.', '\u201CThey need rest.\u201D'];
    expect(lines(run(paragraphs, [], ATTITUDES))).toEqual([
      'Tomas Berg | want | attitude | the old timetable back',
      'Tomas Berg | think | attitude | the board knows it',
    ]);
    expect(run(paragraphs).quotes).toEqual([]);
    // (Outside any quotation they are the writer's own, and the writer is no source: narrator-pronoun.ts.)
    const narration = ['Tomas Berg ran the night ferry for twenty years.', 'We want the old timetable back. I think the board knows it.'];
    expect(lines(run(narration, [], ATTITUDES))).toEqual([]);
  });

  it('takes a majority of a group as a source; a group picked out by a restrictive "who" holds no position', () => {
    const r = run([
      'Turnout was low on the islands: A majority of her backers say they will vote for her again.',
      'Many of them are working-class islanders who feel squeezed by the new fees.',
    ], [], ATTITUDES);
    // (defining-relative.ts: "islanders who feel squeezed" tells which islanders, not what they hold.)
    expect(lines(r)).toEqual([
      'majority of her backers | say | statement | they will vote for her again',
    ]);
  });

  it('inflects a cue with a stressed last syllable, and leaves "raise" and "need" out', () => {
    const r = run([
      'Mara Jensen referred to the old timetable as a relic.',
      'Jensen raised money for the ferry fund.',
      'The islands need a second boat.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | referred to | attitude | the old timetable as a relic']);
  });

  it('finds a shared subject after an opening adverbial, a dateline or a title phrase', () => {
    const r = run([
      'VARDBY (AP) — Islanders marched on the town hall on Friday, criticizing the new fees.',
      'At a meeting in Hale, Nordland, on Sunday, Mara Jensen toured the pier, praising its crew.',
      'Harbour board chairman Per Vik toured the yard, defending the tariff.',
      'Noting that the ferry was late again, Jensen called for an inquiry.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Islanders | criticizing | attitude | the new fees',
      'Mara Jensen | praising | attitude | its crew',
      'Per Vik | defending | attitude | the tariff',
      // (The fronted participle is a statement of the same subject: means-participle.ts.)
      'Mara Jensen | noting | statement | the ferry was late again',
      'Mara Jensen | called for | attitude | an inquiry',
    ]);
  });

  it('reads a quotation no verb of saying took, a pronoun right before its verb, and a participle after a quote', () => {
    const r = run([
      'Tomas Berg spoke at the pier on Monday.',
      'He offered “my thoughts to the families of the crew.”',
      'Berg was in Vardby for a speech in which he compared the tariff to a storm.',
      '“Too much hate,” Berg said, blaming some of it on the harbour board.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Tomas Berg | offered | attitude | “my thoughts to the families of the crew.”',
      'Tomas Berg | compared | attitude | the tariff to a storm',
      'Tomas Berg | said | statement | Too much hate',
      'Tomas Berg | blaming | attitude | some of it on the harbour board',
    ]);
  });

  it('reads framing and turning cues ("touched on", "is mulling", "pivoted to")', () => {
    const r = run([
      'Mara Jensen touched on the ferry subsidy in her speech.',
      'The harbour board is mulling a second terminal.',
      'Islanders quickly pivoted to the question of fares.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Mara Jensen | touched on | attitude | the ferry subsidy in her speech',
      'harbour board | mulling | attitude | a second terminal',
      'Islanders | pivoted to | attitude | the question of fares',
    ]);
  });

  it('leaves out cue forms that are rarely attitudes ("known as", "continued to", "voted for")', () => {
    const r = run([
      'Mara Jensen, known as the ferry queen, continued to run the night boat.',
      'Islanders voted for the new harbour master in May.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([]);
  });

  it('keeps an adjective series inside the content ("a kind, loving and careful skipper")', () => {
    const r = run([
      'Ada Lund called him a kind, loving and careful skipper.',
      'The crew cheered his daughter Ruth Lund, who portrayed him as a generous, patient owner who would keep the pier open.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ada Lund | called | attitude | him a kind, loving and careful skipper',
      'Ruth Lund | portrayed | attitude | him as a generous, patient owner who would keep the pier open',
    ]);
  });

  it('still ends a relative aside at its comma, and reads a participle after a noun\'s comma', () => {
    const r = run([
      'The union, which endorsed a candidate, is now backing the levy.',
      'Lund greeted a crowd, thanking the crew for the season.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'union | backing | attitude | the levy',
      'Lund | thanking | attitude | the crew for the season',
    ]);
  });

  it('gives a participle after a quotation its speaker in a long article, where many were found after the quotation', () => {
    const others = Array.from({ length: 40 }, (_, i) => `Skipper ${['Ann', 'Bo', 'Cy', 'Di', 'Ed'][i % 5]} Holm said berth ${i + 1} was closed for repairs.`);
    const r = run([
      '“We saw the fares fall by half in a month,” Ms. Lund said, referring to figures the harbour board released in May.',
      ...others,
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Lund | referring to | attitude | figures the harbour board released in May');
  });

  it('reads the object after an adverbial set off by commas ("described, in harsh terms, a set of …")', () => {
    const r = run([
      'Mr. Berg described, in fairly harsh terms, a set of practices that left the pier open to thieves.',
      'Ms. Lund criticized, privately, the new fees.',
      'Mr. Holm described, at length, how the tide had turned.',
    ], [], ATTITUDES);
    expect(lines(r)).toContain('Berg | described | attitude | a set of practices that left the pier open to thieves');
    expect(lines(r)).toContain('Lund | criticized | attitude | the new fees');
    expect(lines(r).some((l) => l.startsWith('Holm | described'))).toBe(false);
  });

  it('reads "named" as choosing or citing, not a passive or a naming participle', () => {
    const r = run([
      'Ada Lund named five skippers to the harbour committee.',
      'Tom Berg named the old timetable as the reason for the delays.',
      'Ruth Ek was named to the board in May.',
      'A man named Olaf Holm ran the ferry for years.',
    ], [], ATTITUDES);
    expect(lines(r)).toEqual([
      'Ada Lund | named | attitude | five skippers to the harbour committee',
      'Tom Berg | named | attitude | the old timetable as the reason for the delays',
    ]);
  });

  it('leaves a title-case participle with its agent alone ("Suspect Named By Police")', () => {
    const r = run([['headline', 'Harbour Theft Suspect Named By Police Before Hearing'], 'The hearing is on Monday.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('| named |'))).toEqual([]);
  });

  it('takes no clause with its object as the holder of a participle describing that object', () => {
    const r = run(['The ferry union issued four leaflets attacking the fare rise on Monday.'], [], ATTITUDES);
    expect(lines(r).filter((l) => l.includes('| attacking |'))).toEqual([]);
    // (Not a relative clause with its own object: the voters are the holders.)
    const v = run(['Islanders who attended the meetings oppose the fare rise.'], [], ATTITUDES);
    expect(lines(v).filter((l) => l.includes('| oppose |')).map((l) => l.split(' | ')[0])).toEqual(['Islanders who attended the meetings']);
  });

  it('does not end a content after a fronted clause at a thousands separator', () => {
    const r = run(['If the fares rise again Mara Jensen expects between 1,200 and 1,500 fewer riders a week.'], [], ATTITUDES);
    expect(lines(r)).toEqual(['Mara Jensen | expects | attitude | between 1,200 and 1,500 fewer riders a week']);
    // (The fronted clause's own comma still ends it.)
    // (No trailing credit: a position inside the sentence one frames is the credited source's, nested-positions.ts.)
    const c = run(['If the fares rise again, Mara Jensen expects fewer riders a week.'], [], ATTITUDES);
    expect(lines(c).filter((l) => l.includes('| expects |'))).toEqual(['Mara Jensen | expects | attitude | fewer riders a week']);
  });
});
