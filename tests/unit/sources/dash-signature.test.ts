import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('a quotation signed on the next line with a dash and a name', () => {
  it('takes the speaker from the signature, not from the paragraph before', () => {
    const r = run([
      'The record shows the toll was frozen in 2014, but the freeze lapsed a year later.',
      '“The idea that I would raise the toll while we wait for the bridge is just not accurate.”',
      '- Alma Reyes.',
      'Board minutes from that spring tell another story.',
      '"I went to the harbour board before the strike and warned them about the fuel contracts."',
      '— Tom Varga, in the Thursday debate.',
    ], [], { attitudes: true });
    expect(said(r)).toContain('Alma Reyes | The idea that I would raise the toll while we wait for the bridge is just not accurate.');
    expect(said(r)).toContain('Tom Varga | I went to the harbour board before the strike and warned them about the fuel contracts.');
  });

  it('does not read a byline under an ordinary paragraph as a signature', () => {
    const r = run([
      'The council will vote on the toll in May, a month after the ferry strike ends.',
      '- Ada Lund.',
    ], [], { attitudes: true });
    expect(said(r).some((l) => l.startsWith('Ada Lund'))).toBe(false);
  });

  it('does not read a dashed list item under a quotation as a signature', () => {
    const r = run([
      'Tom Varga listed his plans on Friday.',
      '“These are the three things I will do in my first year as mayor of this town.”',
      '- Lower the ferry toll for every island family.',
    ], [], { attitudes: true });
    expect(said(r).some((l) => l.startsWith('Lower'))).toBe(false);
  });
});
