// "Cummings is waiting for the agencies to review transcripts of interviews with adviser Ben Rhodes,
// former secretary Leon Panetta and former director David Petraeus before releasing them, an aide
// said Thursday.": a description and its verb that close the sentence, after the statement, speak
// for themselves. In "Ann Roe, a nurse said the ferry …" the description after a comma describes the
// name before it, but there the reported words come after the verb; where nothing but a time word
// follows it, the words before the comma are the statement, and a name inside it ("Ben Rhodes") is no
// owner of the description.

/** The cue's verb, up to two lower-case words or a weekday ("said Thursday", "said in a statement"), and the sentence's end. */
const CLOSES_SENTENCE = /^\p{Ll}+(?:\s+(?:\p{Ll}+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)){0,2}\s*[.!?](?:["'\u201D\u2019]|\s|$)/u;

/** Whether the verb at the start of `fromCue` (and a short adjunct) ends its sentence. */
export function closesSentence(fromCue: string): boolean {
  return CLOSES_SENTENCE.test(fromCue);
}
