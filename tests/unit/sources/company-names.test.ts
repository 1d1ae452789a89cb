import { describe, expect, it } from 'vitest';
import { run } from './run';

const kinds = (paragraphs: string[]) => run(paragraphs).sources.map((s) => `${s.name}: ${s.kind}`);

describe('a name the article treats as a body', () => {
  it('is an organisation when set off after a body noun', () => {
    expect(kinds(['One company, Skerrvik, sells the cameras to schools.', 'Skerrvik said the cameras are safe.']))
      .toContain('Skerrvik: organization');
  });

  it('is an organisation when it owns shares or customers', () => {
    expect(kinds(['Harbour Vane said it would close ten stores.', "Harbour Vane's shares fell 4 percent."]))
      .toContain('Harbour Vane: organization');
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
});
