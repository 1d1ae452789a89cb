// The sources step's working types: what the parsers find and the refiners resolve.

import type { SourceKind } from '../types';

/** A phrase that names who is speaking, as the text gives it. */
export interface SpeakerRef {
  form: 'name' | 'pronoun' | 'nominal';
  /** The phrase as printed (determiners and titles included). */
  text: string;
  start: number;
  end: number;
  /** For a name: the name without titles or a possessive owner ("Central Intelligence Bureau"). */
  name: string | null;
  /** "Ruritania" in "Ruritania's Central Intelligence Bureau". */
  owner: string | null;
  role: string | null;
  affiliation: string | null;
  kind: SourceKind;
  /** For a descriptive phrase: its head noun, lower case ("agency", "expert", "sources"). */
  head: string | null;
  /** Words before the head ("intelligence" in "the intelligence agency"). */
  modifiers: string[];
  /** "the agency" (refers back) rather than "an agency", "officials" (new or anonymous). */
  definite: boolean;
}

/** One attributed statement before its speaker is resolved to an entity. */
export interface Attribution {
  /** The content's span in the analysed text. */
  start: number;
  end: number;
  text: string;
  direct: boolean;
  cue: string | null;
  cueStart: number;
  /** Null: the speaker is inherited from the quotation it continues (split or run-on quotes). */
  speaker: SpeakerRef | null;
  block: number;
  extractor: string;
  confidence: number;
  /** An attitude, intention or stance ("X wants …", "X criticized …"), not a statement. */
  attitude?: boolean;
  /** Filled by coreference: the index of the entity that said it. */
  entity?: number;
}

/** A source as the refiners build it up. */
export interface Entity {
  kind: SourceKind;
  /** Proper names in the order met ("Lena Marsh", "Marsh"). */
  names: string[];
  /** Descriptions and other surface forms ("US expert", "the intelligence agency"). */
  descriptors: string[];
  heads: string[];
  role: string | null;
  affiliation: string | null;
  firstBlock: number;
  /** Set when merged into another entity. */
  mergedInto?: number;
  /** An indefinite description ("a US expert") that a later name may turn out to be. */
  pendingDescriptor?: boolean;
  /** Plural documents without a name or an owner ("initial results"), gathered by their noun. */
  unownedPlural?: boolean;
}
