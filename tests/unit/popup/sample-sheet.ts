import type { FactSheet } from '../../../src/core/types';

// A small made-up article's fact sheet for the panel's tests: every section, a cross-check,
// an anonymous source, a duplicate figure, a quote with no source, and page text that looks
// like HTML (which must stay text).

const provenance = { extractor: 'test', confidence: 1 };

export function sampleSheet(): FactSheet {
  return {
    version: 1,
    url: 'https://news.example.org/2026/11/flood-defences?utm_source=x',
    isArticle: true,
    detection: { isArticle: true, score: 0.9, signals: ['json-ld:NewsArticle'] },
    meta: {
      title: 'Council approves £12m flood defences for the river quarter',
      published: '2026-11-23T09:15:00Z',
      modified: '2026-11-25T17:40:00Z',
      authors: ['Dana Whitlock', 'Omar Reyes'],
      publisher: 'The Riverside Courier',
      publishers: ['The Riverside Courier', 'Valley Press Agency'],
      language: 'en',
      canonicalUrl: 'https://news.example.org/2026/11/flood-defences',
      section: 'Local',
      image: null,
      description: null,
    },
    body: '',
    text: '',
    blocks: [],
    figures: [
      { id: 'f1', start: 0, end: 4, text: '£12m', kind: 'money', value: 12_000_000, low: 12_000_000, high: 12_000_000, unit: 'GBP', counts: 'cost', sentence: '', provenance },
      { id: 'f2', start: 10, end: 20, text: 'about 1,400 homes', kind: 'count', value: 1400, low: 1400, high: 1400, unit: 'homes', counts: 'homes', qualifier: 'about', sentence: '', provenance },
      { id: 'f3', start: 30, end: 40, text: '40 percent', kind: 'percent', value: 40, low: 40, high: 40, unit: 'percent', counts: 'homes', sentence: '', provenance },
      { id: 'f4', start: 50, end: 60, text: '£9m to £10m', kind: 'money', low: 9_000_000, high: 10_000_000, unit: 'GBP', counts: 'cost', change: { direction: 'up', verb: 'rose' }, sentence: '', provenance },
      { id: 'f5', start: 70, end: 80, text: 'about 1,400 homes', kind: 'count', value: 1400, low: 1400, high: 1400, unit: 'homes', counts: 'homes', qualifier: 'about', sentence: '', provenance },
      { id: 'f6', start: 90, end: 95, text: '<b>3</b> pumps', kind: 'count', value: 3, low: 3, high: 3, unit: 'pumps', counts: null, sentence: '', provenance },
    ],
    dates: [
      { id: 'd1', start: 100, end: 110, text: 'March 2024', value: '2024-03', precision: 'month', relative: false, clause: '', provenance },
      { id: 'd2', start: 120, end: 130, text: 'next spring', value: '2027', precision: 'year', relative: true, clause: '', provenance },
    ],
    sources: [
      { id: 's1', name: 'Harriet Osei', kind: 'person', aliases: ['Osei'], role: 'council leader', affiliation: 'Riverside Council', statements: 3, provenance },
      { id: 's2', name: 'Environment Agency', kind: 'organization', aliases: ['the agency'], role: null, affiliation: null, statements: 1, provenance },
      { id: 's3', name: 'a council official', kind: 'anonymous', aliases: [], role: null, affiliation: null, statements: 1, provenance },
      { id: 's4', name: 'the 2023 flood review', kind: 'document', aliases: [], role: null, affiliation: null, statements: 1, provenance },
    ],
    quotes: [
      { id: 'q1', start: 200, end: 240, text: 'This is the biggest investment in the quarter for a generation', speaker: 'Harriet Osei', sourceId: 's1', direct: true, indirect: false, cue: 'said', provenance },
      { id: 'q2', start: 250, end: 280, text: 'the work would start in the spring', speaker: 'Osei', sourceId: null, direct: false, indirect: true, cue: 'said', provenance },
      { id: 'q3', start: 290, end: 320, text: 'We will not let <script>alert(1)</script> happen', speaker: 'Harriet Osei', sourceId: 's1', direct: true, indirect: false, cue: 'added', provenance },
      { id: 'q4', start: 330, end: 360, text: 'the budget was tight', speaker: 'a council official', sourceId: 's3', direct: false, indirect: true, cue: 'said', provenance },
      { id: 'q5', start: 370, end: 390, text: 'Nobody asked us', speaker: null, sourceId: null, direct: true, indirect: false, cue: null, provenance },
    ],
    crossChecks: [
      { id: 'c1', kind: 'percent-vs-count', figureIds: ['f3', 'f2'], note: '40 percent of about 1,400 homes is about 560 homes.', computation: '40% × 1,400 = 560', verdict: 'consistent', implied: { low: 560, high: 560 } },
    ],
    timeline: [
      { dateId: 'd1', value: '2024-03', text: 'March 2024', what: 'The river burst its banks', isPublication: false, dateIds: ['d1'] },
      { dateId: null, value: '2026-11-23', text: '2026-11-23', what: 'The article is published', isPublication: true },
      { dateId: 'd2', value: '2027', text: 'next spring', what: 'Work starts', isPublication: false, dateIds: ['d2'], interval: { start: '2027-03-01', end: '2027-05-31' } },
    ],
    warnings: [],
  };
}

/** A sheet with nothing found but the header. */
export function emptySheet(): FactSheet {
  return { ...sampleSheet(), figures: [], dates: [], sources: [], quotes: [], crossChecks: [], timeline: [] };
}
