// "In a Register poll released Sunday, 79 percent of Democrats said they were satisfied …": the share of
// respondents and its verb are how the survey reports its finding, and the survey opening the sentence
// is the source (parsers/prepositional-source.ts reads it, with the whole clause as its content). Read
// again as the share's own position, the same clause is counted twice; annotators mark the survey.
// So a share-of-respondents reading ("79 percent of Democrats", "six in 10", "half") whose cue and
// content lie inside the content of an opening survey phrase is dropped. (A share that is not inside
// one, "Six in 10 say …, after half said so in the earlier poll", keeps its own reading.)

import type { Attribution } from '../model';
import { SHARE_FIRST } from '../scan';

const SURVEY_EXTRACTOR = 'sources/prepositional';

/** The attributions without share readings that repeat an opening survey's finding. */
export function dropSharesInSurveys(attributions: readonly Attribution[]): Attribution[] {
  const surveys = attributions.filter((a) => a.extractor === SURVEY_EXTRACTOR && a.cue?.toLowerCase() === 'in' && a.speaker?.kind === 'document');
  if (!surveys.length) return [...attributions];
  return attributions.filter((a) => {
    if (a.extractor === SURVEY_EXTRACTOR || a.direct || !a.speaker || !SHARE_FIRST.test(a.speaker.text.trim())) return true;
    const from = Math.min(a.start, a.cueStart, a.speaker.start);
    return !surveys.some((s) => s.block === a.block && s.start <= from && a.end <= s.end);
  });
}
