// "The mother of three says …", "said the father-of-two", "the mum-of-four added": feature writing
// names a person, then calls them by how many children they have. The epithet says nothing a reader
// could look up; it stands for the person the article has just named, as "she" or "he" would, and
// never for someone new (a new person comes with "a": "a mother of three who …"). Other
// descriptions, "the woman", "the man who built …", may be new people and are left as they are.

import type { SpeakerRef } from './model';

/** A parent's noun, with the gender its pronoun takes. */
const PARENT: Record<string, 'he' | 'she'> = { mother: 'she', mum: 'she', mom: 'she', father: 'he', dad: 'he' };
/** "the mother of three", "the mother-of-three", "The dad-of-two who …". */
const EPITHET = /^the\s+(?:\p{Ll}+\s+)?(mother|mum|mom|father|dad)[\s-]+of[\s-]+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b/iu;

/** The pronoun a parent's epithet stands for ("she" for "the mother of three"), or null. */
export function parentEpithetPronoun(ref: SpeakerRef): 'he' | 'she' | null {
  if (ref.form !== 'nominal' || !ref.definite) return null;
  const m = EPITHET.exec(ref.text.trim());
  return m ? PARENT[m[1]!.toLowerCase()]! : null;
}
