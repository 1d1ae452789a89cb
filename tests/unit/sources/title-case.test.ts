import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('title-cased headlines', () => {
  it('reads a capitalised cue in a title-cased headline ("Okafor Says …", "…, Says Berg")', () => {
    const r = run([
      ['headline', 'Okafor Says Ferry Tariff Will Be Dropped In May'],
      ['headline', 'Harbour Fees May Rise As Board Ends Winter Waiver, Says Berg'],
    ]);
    expect(said(r)).toEqual([
      'Okafor | Ferry Tariff Will Be Dropped In May',
      'Berg | Harbour Fees May Rise As Board Ends Winter Waiver',
    ]);
  });

  it('leaves a capitalised cue word alone outside title case, and as the first word', () => {
    expect(said(run(['The Says Tavern reopened on the pier on Friday.']))).toEqual([]);
    expect(said(run([['headline', 'Claims Office Opens At The Ferry Terminal']]))).toEqual([]);
    // A cue word with only one word after it, to the end of the line, is part of a name.
    expect(said(run(['We drove to the dunes on Sunday.', 'Vardby Hills State Park', 'The park was full.'], [], { attitudes: true }))).toEqual([]);
  });
});
