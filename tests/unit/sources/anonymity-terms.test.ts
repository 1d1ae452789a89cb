import { describe, expect, it } from 'vitest';
import { run } from './run';

const lines = (r: ReturnType<typeof run>) => r.quotes.map((q) => `${q.speaker} | ${q.text}`);

describe('the terms on which a source spoke', () => {
  it('are cut from a content that runs on into them', () => {
    const r = run(['The ferry line will be sold by spring, two officials said, speaking on condition of anonymity because the talks are private.']);
    expect(lines(r)).toEqual(['two officials | The ferry line will be sold by spring']);
  });

  it('are cut after a content with its object ("confirmed the sale on the condition of anonymity")', () => {
    const r = run(['A harbour clerk confirmed the sale of the pier on the condition of anonymity because he was not allowed to discuss it.']);
    expect(lines(r)).toEqual(['harbour clerk | the sale of the pier']);
  });

  it('are no content of their own ("told Reuters on the condition of anonymity …")', () => {
    const r = run(['A ferry official told the Courier on the condition of anonymity as he was not authorized to speak to the media.']);
    expect(lines(r)).toEqual([]);
  });

  it('leave the anonymity asked for no position ("requested anonymity to discuss …")', () => {
    const r = run(['A harbour official, who requested anonymity to discuss the talks, said the pier would close in May.']);
    expect(lines(r)).toEqual(['harbour official | the pier would close in May']);
  });
});
