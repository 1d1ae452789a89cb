// "called the incident an “attack” during a live interview": after a naming cue, a quoted word that
// a preposition or a conjunction follows ends its noun phrase, so it is the name given, a quotation.
// Only a word that goes on the noun phrase makes it a modifier in scare quotes ("called it a
// “temporary” closure").

/** Words that open no noun after a quoted modifier: they end the phrase the quotation closes. */
const PHRASE_END = /^\s+(?:during|in|on|at|after|before|while|when|as|and|but|or|to|for|with|from|by|over|because|since|amid|despite|without|against)\b/;

/** Whether the text right after a naming cue's quotation goes on its noun phrase (a lower-case word that ends no phrase). */
export function continuesNounPhrase(afterQuote: string): boolean {
  return /^\s+[\p{Ll}\d]/u.test(afterQuote) && !PHRASE_END.test(afterQuote);
}
