import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { page } from './helpers';

const textOf = (body: string) => readArticle(page(`<html><head><title>Ferry fares</title></head><body><article><h1>Ferry fares</h1>${body}</article></body></html>`), 'https://harbour.example/fares').main!.text;

describe('sentences that only the page style keeps apart', () => {
  it('puts a space between a stop and the next sentence in another element', () => {
    const text = textOf(`<p>Fares on the harbour ferry will rise by a tenth from April, the operator said on Tuesday.<span class="br"></span>The board blamed the cost of fuel, which has climbed by a third in two years.</p>
      <figure><img src="f.jpg"><figcaption><span>Passengers board the morning ferry at the wharf.</span><span class="credit">Photograph: Harbour Times</span></figcaption></figure>`);
    expect(text).toContain('the operator said on Tuesday. The board blamed');
    expect(text).toContain('at the wharf. Photograph: Harbour Times');
  });

  it('joins nothing else: a name with a dot, a decimal, a word split by markup', () => {
    const text = textOf(`<p>The operator, which trades as <b>Ferry</b>.<b>Link</b> on its app, said the fare for a single trip rises from 3.<b>5</b>0 to <b>Harb</b>our rates of 4.10 tala, and the board agreed on Tuesday after a long meeting.</p>`);
    expect(text).toContain('Ferry.Link');
    expect(text).toContain('3.50');
    expect(text).toContain('Harbour rates');
  });
});
