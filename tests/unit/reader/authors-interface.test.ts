import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/core/reader/index';
import { boldBylines } from '../../../src/core/reader/authors';
import { bylineText } from '../../../src/core/reader/byline-scope';
import { page } from './helpers';

// Words of the page's interface and a note's bold heading, where a byline's names could stand.

const body = '<p>Families in three hillside villages say blasting at the new quarry has cracked walls and dried up their wells since the spring.</p>'.repeat(5);
const story = (byline: string, lead = '') => readArticle(
  page(`<html><head><title>Quarry blasts crack walls</title></head><body><article><h1>Quarry blasts crack walls</h1>${byline}${lead}${body}</article></body></html>`), null, true,
).meta;

describe('controls in an author box', () => {
  it('a button\'s label is no word of the byline', () => {
    const box = page('<div class="author"><a href="/@nora">Nora Quist</a><button>Message</button></div>').querySelector('.author')!;
    expect(bylineText(box)).toBe('Nora Quist');
  });
  it('the writer is read without the box\'s buttons', () => {
    expect(story('<div class="author"><a href="/writers/nora-quist">Nora Quist</a> <button><i></i> Follow Writer</button></div>').authors).toEqual(['Nora Quist']);
  });
});

describe('a note\'s bold heading', () => {
  it('the bold first line of a boxed note under the headline is no byline', () => {
    const note = '<blockquote class="important"><p><strong>Harbour Desktop for Windows</strong></p><p>The desktop app installs everything in one step.</p></blockquote>';
    expect(boldBylines(page(`<html><body><h1>Install the harbour tools</h1>${note}${body}</body></html>`))).toEqual([]);
  });
  it('a bold byline paragraph of the story itself is still read', () => {
    expect(boldBylines(page(`<html><body><h1>Quarry blasts crack walls</h1><p><strong>Ana Ruiz</strong></p>${body}</body></html>`))).toEqual(['Ana Ruiz']);
  });
});
