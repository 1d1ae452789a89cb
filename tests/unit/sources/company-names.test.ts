import { describe, expect, it } from 'vitest';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.name}: ${s.kind}`);

describe('a name the article treats as a body', () => {
  it('is an organisation when set off after a body noun', () => {
    expect(kinds(['One company, Skerrvik, sells the cameras to schools.', 'Skerrvik said the cameras are safe.']))
      .toContain('Skerrvik: organization');
  });

  it('is an organisation when a founder is named after it, with no possessive', () => {
    expect(kinds(['Tidewire co-founder Ann Lee spoke in Vardby on Monday.', 'Tidewire said the ferries would run all winter.']))
      .toContain('Tidewire: organization');
    expect(kinds(['Skerrvik founder Ola Vik spoke in Vardby on Monday.', 'Skerrvik said the cameras are safe.']))
      .toContain('Skerrvik: organization');
    // (A person has advisers and spokesmen named after them.)
    expect(kinds(['Holt adviser Ann Lee spoke in Vardby on Monday.', 'Holt said the ferries would run all winter.']))
      .toContain('Holt: person');
  });

  it('is an organisation when named as one of some bodies ("groups like X")', () => {
    expect(kinds(['Protest groups like Vardwatch held rallies on Monday.', 'Vardwatch said the rallies would go on.']))
      .toContain('Vardwatch: organization');
    expect(kinds(['Resistance groups like Vardwatch said they would march again.'])).toContain('Vardwatch: organization');
    expect(kinds(['Ferry firms such as Skerrvik cut fares.', 'Skerrvik said the fares would stay low.']))
      .toContain('Skerrvik: organization');
    // (People and candidates are no bodies.)
    expect(kinds(['Candidates like Holt held rallies on Monday.', 'Holt said the rallies would go on.']))
      .toContain('Holt: person');
  });

  it('is an organisation when it owns shares or customers', () => {
    expect(kinds(['Harbour Vane said it would close ten stores.', "Harbour Vane's shares fell 4 percent."]))
      .toContain('Harbour Vane: organization');
  });

  it("is an organisation when a body's or an outlet's word ends its name", () => {
    expect(kinds(['Skerry Publishing said the memoir would come out on Monday.'])).toContain('Skerry Publishing: organization');
    expect(kinds(['VARD-TV reported that the pier was closed.'])).toContain('VARD-TV: organization');
    expect(kinds(['The Vardby Register reported that the pier was closed.'])).toContain('Vardby Register: organization');
    expect(kinds(['Mary Register said the pier was closed.'])).toContain('Mary Register: person');
    expect(kinds(['Harbour Security said the gates would stay shut.'])).toContain('Harbour Security: organization');
    expect(kinds(['Tidemark International said the ferries were sold.'])).toContain('Tidemark International: organization');
    expect(kinds(['Vardby County Public Schools said classes would resume on Monday.'])).toContain('Vardby County Public Schools: organization');
    expect(kinds(['Anna Banks said the pier was closed.'])).toContain('Anna Banks: person');
  });

  it('is an organisation when a body\'s noun in the plural opens it before "for" or "of"', () => {
    expect(kinds(['The Centers for Ferry Safety said the crossings were calm.'])).toContain('Centers for Ferry Safety: organization');
    expect(kinds(['Ann Lee of the Centers for Ferry Safety said the crossings were calm.'])).toContain('Ann Lee: person');
  });

  it('is an organisation when the article says it is one', () => {
    expect(kinds(['Skerrvik said the new hull passed its trials.', 'Skerrvik is the third major ferry company to report such trials.']))
      .toContain('Skerrvik: organization');
    expect(kinds(['Brekke said the new hull passed its trials.', 'Brekke is a company director in Vardby.'])).toContain('Brekke: person');
  });

  it('is an organisation when its role is a body', () => {
    expect(kinds(['Tidewire, a ferry company, said the crossings would resume.'])).toContain('Tidewire: organization');
  });

  it('stays a person named with a given name, or described as a person', () => {
    expect(kinds(["Mary Holt said the fund would grow.", "Mary Holt's staff declined to comment."])).toContain('Mary Holt: person');
    expect(kinds(['Ola Varga, a doctor at a hospital in the town, said beds were short.'])).toContain('Ola Varga: person');
  });

  it('stays a person the article calls "who", or named with an honorific', () => {
    expect(kinds(['She chose a centre Brekke trusts.', 'Brekke, who works for a charity, said the wait lists were long.']))
      .toContain('Brekke: person');
    expect(kinds(['“Beds are short,” said Health Commissioner Dr. Ona Lisle.'])).not.toContain('Health Commissioner Dr. Ona Lisle: organization');
  });

  it('is an organisation when the pronoun right after its verb is "its"', () => {
    expect(kinds(['Skerrvik stepped up its search for new ferries, the board said.', 'Skerrvik said the ferries were late.']))
      .toContain('Skerrvik: organization');
    expect(kinds(['Tidewire said its ferries would be sold.'])).toContain('Tidewire: organization');
  });

  it('stays a person when the body\'s signs fall on a surname that ends a full name in the article', () => {
    const holt = kinds(['Orla Brekkvin spoke to the ferry union in March.', 'A branch of the union Brekkvin addressed said the crossings were safe.', 'Brekkvin said the fares would fall.']);
    expect(holt).toContain('Orla Brekkvin: person');
    expect(holt).not.toContain('Brekkvin: organization');
    const tarn = kinds(['Harbour host Edvin Tarnby said the pier was closed.', 'The station chose to suspend Tarnby from its morning show.']);
    expect(tarn).toContain('Edvin Tarnby: person');
    // (A one-word name with no full name ending in it is read as before.)
    expect(kinds(['Skerrvik stepped up its search for new ferries, the board said.', 'Skerrvik said the ferries were late.']))
      .toContain('Skerrvik: organization');
  });

  it('stays a person after "said it would": the "it" may stand for anything', () => {
    expect(kinds(['Brekke said it would take years to mend the pier.'])).toContain('Brekke: person');
    expect(kinds(['Stavik said that it had been a hard winter for the crews.'])).toContain('Stavik: person');
  });

  it('stays a person when "its" comes later and belongs to something else', () => {
    expect(kinds(['Brekke said the ferry board had lost its way.'])).toContain('Brekke: person');
  });

  it('is an organisation when its name links capitalised words with "of", unless the first part stands alone as a surname', () => {
    expect(kinds(['The Weavers Guild of Vardby said the looms would stay.'])).toContain('Weavers Guild of Vardby: organization');
    expect(kinds(['Ola Brekke of Vardby County said the looms would stay.', 'Brekke said later that the mill was sold.']))
      .not.toContain('Ola Brekke of Vardby County: organization');
  });

  it('is the body whose longer name opens with it', () => {
    const sheet = kinds(['Skerrvik Press said on Monday that it would publish the diary in June.', '“It is a frank book about a long life at sea,” Skerrvik announced.']);
    expect(sheet).toContain('Skerrvik Press: organization');
    expect(sheet).not.toContain('Skerrvik: person');
  });

  it('stays a person whose full name the article gives', () => {
    const sheet = kinds(['Brekke Books will publish the diary in June.', 'Ola Brekke said the diary was her father\'s.', '“It is a frank book,” Brekke said.']);
    expect(sheet).toContain('Ola Brekke: person');
  });

  it('is an organisation when the article writes a capitalised "The" before it inside a sentence', () => {
    expect(kinds(['Much-loved harbour cafe The Salt Kettle will be closing for good, and have said the rent was too high.']))
      .toContain('Salt Kettle: organization');
    expect(kinds(['Fans of the band The Grey Herons said the tour was a triumph.', 'The Grey Herons said the tour would resume in May.']))
      .not.toContain('Grey Herons: person');
  });

  it('stays a person without that "The", or when the article calls the name "who"', () => {
    expect(kinds(['Veteran skipper Ola Strand said the rent was too high.'])).toContain('Ola Strand: person');
    expect(kinds(['Longtime regular Salt Kettle said the rent was too high.', 'He met The Salt Kettle, who owns a boat.']))
      .toContain('Salt Kettle: person');
  });

  it('is the short form of a longer name the article mostly writes it as the first word of', () => {
    expect(kinds(['The game between the Holm Rovers and the Vardby Falcons was stopped.', 'Fans of the Vardby Falcons stayed in the stands.', 'Vardby confirmed on Sunday that the game would be replayed.']))
      .toContain('Vardby: organization');
    // (Not an adjective opening names: "Vardish" of "Vardish Party" is a modifier.)
    expect(kinds(['The Vardish Party met on Monday.', 'The Vardish League joined them.', 'Vardish said the ferries must stay.']))
      .not.toContain('Vardish: organization');
  });

  it('stays a person whose given name or title opens the longer name, or who ends a name', () => {
    expect(kinds(['Mira Holt Vane posted a photo on Sunday.', 'Mira Holt Vane has two sons.', 'Mira said the boys were thrilled.']))
      .not.toContain('Mira: organization');
    expect(kinds(['Ola Vardby met Vardby Falcons fans.', 'Vardby Falcons lost again.', 'Vardby said the team would recover.']))
      .not.toContain('Vardby: organization');
  });
});

describe('a body by the last word of its name, its title or its role', () => {
  it('is an organisation when a patrol, a rescue service or an enterprise ends its name', () => {
    expect(kinds(['The crash closed the road for hours, according to the Vardby Highway Patrol.', 'Vardby Highway Patrol said the road reopened at noon.']))
      .toContain('Vardby Highway Patrol: organization');
    expect(kinds(['Skerry Fire and Rescue said the climber was found at dawn.'])).toContain('Skerry Fire and Rescue: organization');
    expect(kinds(['Holmvik Enterprises said it would close its pages.'])).toContain('Holmvik Enterprises: organization');
  });

  it('is an organisation when a place comes before a plural body noun opening it before "for"', () => {
    expect(kinds(['The Vardish Centers for Ferry Safety said the crossings were calm.'])).toContain('Vardish Centers for Ferry Safety: organization');
  });

  it("is an organisation when a body's noun is its title", () => {
    expect(kinds(['Watchdog Skerrcom has said it will look at the shows.'])).toContain('Watchdog Skerrcom: organization');
    expect(kinds(['Broadcaster VRK reported that turnout was high.'])).toContain('Broadcaster VRK: organization');
    // (A person's noun as the title makes a person, and is the role, not part of the name: occupation-title.ts.)
    expect(kinds(['Actor Ola Brekke said the shows were fair.'])).toContain('Ola Brekke: person');
  });

  it('is an organisation when the head of a longer role is a body', () => {
    expect(kinds(['Skerrbank, one of Vardland\'s largest banks, said it was pausing its adverts.'])).toContain('Skerrbank: organization');
    expect(kinds(['Tidefox, the company behind a popular web browser, said it would not leave.'])).toContain('Tidefox: organization');
    expect(kinds(['Vardposten, the harbour town\'s leading politics and business newspaper, said the port would close.'])).toContain('Vardposten: organization');
    // (A person's noun after a body's name heads the role: "… Party for the People leader".)
    expect(kinds(['Ola Tamvik, the Vardish Party for the People leader, said the port would close.'])).toContain('Ola Tamvik: person');
    expect(kinds(['Sven Dahl, Vardland\'s Department of Harbours and Ferries director-general, said the port would close.'])).toContain('Sven Dahl: person');
    // (The head of "founder of the company" is a person's noun.)
    expect(kinds(['Ola Brekke, founder of the company behind a popular web browser, said it would not leave.'])).toContain('Ola Brekke: person');
  });

  it('is the body whose longer name its words open', () => {
    expect(kinds(['The climber died, according to the expedition firm Holmen Trek Pvt. Ltd.', 'Holmen Trek said the climber had been ill.']))
      .not.toContain('Holmen Trek: person');
    // (A given name opens a person's name, even beside a body named after them.)
    expect(kinds(['The Mary Holt Foundation gave the school a grant.', 'Mary Holt said the school deserved it.'])).toContain('Mary Holt: person');
  });

  it('is an organisation when joined to an acronym under one verb, and two names stay persons', () => {
    expect(kinds(['The VCLU and Planned Harbours said they would sue the state.'])).toContain('VCLU and Planned Harbours: organization');
    expect(kinds(['Brekke and Holmvik said they would sue the state.'])).not.toContain('Brekke and Holmvik: organization');
    // (The joined name is no longer name of one of them: "Skerrcosmos said …" stays its own.)
    const sheet = run(['Skerrcosmos said the craft broke up over the sea.', 'Both Skerrcosmos and VASA said the crash would not delay the station.']);
    expect(sheet.quotes.find((q) => q.text.includes('broke up'))?.speaker).toBe('Skerrcosmos');
  });
});
