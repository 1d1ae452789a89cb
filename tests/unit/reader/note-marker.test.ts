import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { isNoteMarker } from '../../../src/core/reader/note-marker';
import { page } from './helpers';

const sup = (html: string) => page(`<p>x${html}</p>`).querySelector('sup')!;

describe('superscript note markers', () => {
  it('knows a bracketed marker and a linked footnote number', () => {
    expect(isNoteMarker(sup('<sup class="reference"><a href="#cite_note-4">[4]</a></sup>'))).toBe(true);
    expect(isNoteMarker(sup('<sup><a href="#cite_note-n1">[n 1]</a></sup>'))).toBe(true);
    expect(isNoteMarker(sup('<sup>[citation needed]</sup>'))).toBe(true);
    expect(isNoteMarker(sup('<sup><a href="#fn12">12</a></sup>'))).toBe(true);
    expect(isNoteMarker(sup('<sup><a href="#ref-2">2.1</a></sup>'))).toBe(true);
  });

  it('keeps exponents, ordinals, marks and links away from the page', () => {
    expect(isNoteMarker(sup('<sup>6</sup>'))).toBe(false);
    expect(isNoteMarker(sup('<sup>rd</sup>'))).toBe(false);
    expect(isNoteMarker(sup('<sup>®</sup>'))).toBe(false);
    expect(isNoteMarker(sup('<sup><a href="https://example.org/more">12</a></sup>'))).toBe(false);
    expect(isNoteMarker(sup('<sup>see the appendix for the full table of results</sup>'))).toBe(false);
  });

  it('leaves the markers out of the text, so sentences and names stay apart', () => {
    const doc = page(`<html><head><title>Harbour towns</title></head><body><article><h1>Harbour towns</h1>
      <p>The ferry line opened in 1911.<sup class="reference"><a href="#cite_note-6">[6]</a></sup><sup class="reference"><a href="#cite_note-7">[7]</a></sup> Ana Lund says the pier was built first, and the 2013 census<sup><a href="#cite_note-9">[9]</a></sup> counted 400 people there.</p>
      <p>The town's area is 12 km<sup>2</sup> and it was the 3<sup>rd</sup> port on the coast to get a lighthouse, which still stands today at the end of the long pier.</p>
      </article></body></html>`);
    const main = readArticle(doc, 'https://harbour.example/towns').main!;
    expect(main.text).toContain('opened in 1911. Ana Lund says');
    expect(main.text).toContain('the 2013 census counted');
    expect(main.text).toContain('12 km2');
    expect(main.text).toContain('the 3rd port');
  });
});
