// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SourcesSection } from '../../../src/popup/sections/sources-section';
import { countLabel } from '../../../src/popup/format/source-quotes';
import { analyzeFixture } from '../../helpers/load-fixture';
import { mount, texts } from '../popup/render';

describe('the panel\'s Sources section', () => {
  const { sheet } = analyzeFixture('sources/harbour-vote.html', { url: 'https://bayledger.example/news/harbour-vote' });

  it('shows a source\'s statements and positions apart, each position tagged with its own verb', async () => {
    const root = await mount(<SourcesSection sheet={sheet} />);
    const okafor = root.querySelector('.source-person')!;
    expect(okafor.querySelector('.statements')?.textContent).toBe('3 statements · 2 positions');
    expect(texts(okafor, '.quotes:not(.positions) .quote')).toEqual([
      // (The lede's "…, its chair said.", role-holder-nearby.ts.)
      'paraphrase The harbour council on Monday put off a vote on the new ferry terminal until September',
      'paraphrase the engineers needed more time to test the seabed',
      'We will not build on sand',
    ]);
    expect(texts(okafor, '.quotes.positions .position-verb')).toEqual(['believes', 'wants']);
    expect(okafor.querySelector('.quotes.positions')?.getAttribute('aria-label')).toBe('Positions of Ruth Okafor');
    const authority = root.querySelector('.source-organization')!;
    expect(authority.querySelector('.statements')?.textContent).toBe('1 position');
  });

  it('counts leave out a zero, but never both', () => {
    expect(countLabel(0, 0)).toBe('0 statements');
    expect(countLabel(1, 0)).toBe('1 statement');
    expect(countLabel(0, 3)).toBe('3 positions');
  });
});
