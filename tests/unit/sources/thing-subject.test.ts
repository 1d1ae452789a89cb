import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const lines = (paragraphs: string[]) => run(paragraphs, [], ATTITUDES).quotes.map((q) => `${q.speaker} | ${q.cue} | ${q.text}`);

// A thing holds no view: "the dashboards answer …", "the gauges share …" read no position. Like a
// document, a thing may still show, find, suggest or say. People described by a noun the lexicon does
// not list ("harbour elders", "island crowds"), and bodies or documents in the plural ("editorials"),
// keep theirs.
describe('things as the subject of an attitude', () => {
  it('reads no view held by a thing', () => {
    const out = lines([
      'The dashboards answer basic questions about the pumping station.',
      'Two rusted gauges share the same valve on the north wall.',
      'The old timetables favour the morning boats.',
    ]);
    expect(out, out.join('; ')).toEqual([]);
  });

  it('lets a thing show or suggest, as a document does', () => {
    const out = lines(['The tide gauges show the harbour rose by four centimetres last year.']);
    expect(out, out.join('; ')).toContain('tide gauges | show | the harbour rose by four centimetres last year');
  });

  it('keeps people described by a noun outside the lexicon', () => {
    const out = lines([
      'Harbour elders oppose the new levy.',
      'Angry island crowds demanded a second vote on the levy.',
      'Local editorials opposed the new levy.',
      'Two island businesses want a later ferry.',
    ]);
    expect(out, out.join('; ')).toEqual([
      'Harbour elders | oppose | the new levy',
      'Angry island crowds | demanded | a second vote on the levy',
      'Local editorials | opposed | the new levy',
      'Two island businesses | want | a later ferry',
    ]);
  });
});
