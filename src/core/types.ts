// The fact sheet: what the analysis core produces for one page or text.
// Everything here is plain JSON data (no DOM nodes), so a sheet can cross the extension's
// message channels and be printed by the `analyze` command unchanged.

/** Where an item came from and how sure its extractor is, so the panel can say *why*. */
export interface Provenance {
  /** The extractor or refiner that produced the item, e.g. `figures/magnitude`, `meta/json-ld`. */
  extractor: string;
  /** 0–1. */
  confidence: number;
}

/** Character offsets into `FactSheet.text` (the analysed text: all blocks joined by blank lines). */
export interface Span {
  start: number;
  end: number;
}

export type BlockKind =
  | 'headline'
  | 'deck'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'subhead'
  | 'paragraph'
  | 'blockquote'
  | 'list-item';

/** One block of the article as a reader sees it. Its text is `FactSheet.text.slice(start, end)`. */
export interface TextBlock extends Span {
  kind: BlockKind;
}

export interface ArticleMeta {
  /** The headline, not the `<title>` with the site's name. */
  title: string | null;
  /** ISO 8601 date-time with offset, or a bare date when only the day is known. */
  published: string | null;
  modified: string | null;
  authors: string[];
  /** The outlet the reader is on. */
  publisher: string | null;
  /** Every outlet the article can be credited to: the host first, then an original outlet of a syndicated piece. */
  publishers: string[];
  language: string | null;
  canonicalUrl: string | null;
  section: string | null;
  image: string | null;
  /** The deck or standfirst, when the page has one. */
  description: string | null;
}

export type FigureKind =
  | 'count'
  | 'percent'
  | 'percentage-points'
  | 'money'
  | 'measure'
  | 'duration'
  | 'age'
  | 'ratio'
  | 'multiplier'
  | 'number';

export type Qualifier =
  | 'about'
  | 'at-least'
  | 'at-most'
  | 'more-than'
  | 'less-than'
  | 'up-to'
  | 'nearly'
  | 'exactly';

export interface Figure extends Span {
  id: string;
  /** The words as printed, from the qualifier to the unit or counted noun. */
  text: string;
  kind: FigureKind;
  /** A single value; absent for a range. */
  value?: number;
  /** A range's ends (for a single value, both equal `value`). */
  low: number;
  high: number;
  /** Normalised unit: `percent`, an ISO currency code, `km`, `years`, or the counted noun. */
  unit: string | null;
  /** What the figure counts: "troops", "casualty rate", "market value". */
  counts: string | null;
  qualifier?: Qualifier;
  change?: { direction: 'up' | 'down'; verb: string };
  /**
   * A vague magnitude ("dozens of", "millions of", "tens of millions"): `low`–`high` is the span the
   * words allow (one to ten of the unit: "millions" = 1–10 million). Optional in the guidelines.
   */
  vague?: boolean;
  /**
   * The same amount in a base unit, so that figures can be compared like with like: cents and pence
   * in their currency (19 cents = 0.19 USD), lengths in metres, masses in kilograms, volumes in
   * litres, speeds in km/h, temperatures in °C, data in bytes, energy in kWh, areas in square metres.
   */
  normalized?: { low: number; high: number; unit: string; dimension: string };
  /** The sentence the figure stands in. */
  sentence: string;
  provenance: Provenance;
}

export type DatePrecision = 'year' | 'quarter' | 'month' | 'day';

export interface DateMention extends Span {
  id: string;
  text: string;
  /** ISO 8601 at the precision the text gives: `2025`, `2025-01`, `2025-01-11`. */
  value: string;
  precision: DatePrecision;
  /** An interval `{start, end}` (inclusive ISO values) when the text names one. */
  interval?: { start: string; end: string };
  /** True when the value was resolved against the publication date. */
  relative: boolean;
  /** Optional in the annotation guidelines' sense: vague ("recently", "in recent weeks"). */
  vague?: boolean;
  /** The clause it belongs to: what happened then. */
  clause: string;
  provenance: Provenance;
}

export type SourceKind = 'person' | 'organization' | 'document' | 'anonymous' | 'other';

export interface Source {
  id: string;
  /** The fullest name the article uses. */
  name: string;
  kind: SourceKind;
  /** Other names the article uses: surname, acronym, "the agency". */
  aliases: string[];
  role: string | null;
  affiliation: string | null;
  /** How many statements the article attributes to this source (positions not counted). */
  statements: number;
  /** How many positions (beliefs, intentions, stances: quotes with `cueKind: 'attitude'`) it holds. */
  positions?: number;
  provenance: Provenance;
}

export interface Quote extends Span {
  id: string;
  /** The quoted passage, or the reported content of an indirect attribution. */
  text: string;
  /** The source's canonical name. */
  speaker: string | null;
  sourceId: string | null;
  direct: boolean;
  indirect: boolean;
  /** The attribution cue: "said", "according to". */
  cue: string | null;
  /**
   * 'attitude' marks a position: a belief, intention or stance ("X believes …", "X wants …", "X
   * criticized …") rather than a statement. Absent on statements (what a source said or wrote).
   */
  cueKind?: 'attitude';
  provenance: Provenance;
}

export interface CrossCheck {
  id: string;
  kind: 'implied-amount' | 'parts-vs-whole' | 'percent-vs-count';
  /** The figures it relates, by id. */
  figureIds: string[];
  /** A plain sentence for the reader. */
  note: string;
  /** How it was computed, e.g. "50% × 11,000–12,000 = 5,500–6,000". */
  computation: string;
  /** `consistent`, `different-counts` (related but not the same thing), or `mismatch`. */
  verdict: 'consistent' | 'different-counts' | 'mismatch';
  /** For `implied-amount`: the amount the share and base imply, so a panel can show it. */
  implied?: { low: number; high: number };
}

export interface TimelineEntry {
  dateId: string | null;
  value: string;
  text: string;
  what: string;
  isPublication: boolean;
  /** Every mention merged into this entry (the same date told again), in text order. */
  dateIds?: string[];
  /** An interval `{start, end}` when the entry's date names one. */
  interval?: { start: string; end: string };
}

export interface Detection {
  isArticle: boolean;
  /** 0–1. */
  score: number;
  /** The signals that decided, cheapest first, e.g. `json-ld:NewsArticle`. */
  signals: string[];
}

export interface FactSheet {
  version: 1;
  url: string | null;
  isArticle: boolean;
  detection: Detection;
  meta: ArticleMeta;
  /** The article's body paragraphs, separated by blank lines (no headline, byline or captions). */
  body: string;
  /** All the article's text that is analysed, blocks joined by blank lines; spans index into it. */
  text: string;
  blocks: TextBlock[];
  figures: Figure[];
  dates: DateMention[];
  sources: Source[];
  quotes: Quote[];
  crossChecks: CrossCheck[];
  timeline: TimelineEntry[];
  /** Non-fatal problems met on the way (hostile JSON-LD, a truncated page), for diagnostics. */
  warnings: string[];
}
