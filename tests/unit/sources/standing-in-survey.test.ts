import { describe, expect, it } from 'vitest';
import { run } from './run';

const ATTITUDES = { attitudes: true };
const inSurvey = (r: ReturnType<typeof run>) =>
  r.quotes.filter((q) => q.provenance?.extractor === 'sources/standing-in-survey').map((q) => `${q.speaker} | ${q.text}`);

describe('a standing measured "in" a poll inside the sentence', () => {
  it('reads the clause before the survey phrase wherever the phrase stands', () => {
    expect(inSurvey(run(['Okafor holds a comfortable lead in the polls ahead of the harbour vote in May.'], [], ATTITUDES)))
      .toEqual(['polls | Okafor holds a comfortable lead']);
    expect(inSurvey(run(['Nothing changed on the coast, where Berg narrowly led in the nine island surveys before the count but lost by a hair.'], [], ATTITUDES)))
      .toEqual(['nine island surveys | Berg narrowly led']);
    expect(inSurvey(run(['The ferry row broke out at a time when Lund had slipped in the polls and faced a revolt at home.'], [], ATTITUDES)))
      .toEqual(['polls | Lund had slipped']);
    expect(inSurvey(run(['Three harbour candidates have been stuck near 12 percent of the vote in Nordland surveys.'], [], ATTITUDES)))
      .toEqual(['Nordland poll | Three harbour candidates have been stuck near 12 percent of the vote']);
  });

  it('names a survey past a hedge on its quantifier, and one the phrase reader refuses as written', () => {
    expect(inSurvey(run(['Okafor has led Berg in just about every coastal poll this spring, often by double digits.'], [], ATTITUDES)))
      .toEqual(['every coastal poll | Okafor has led Berg']);
    expect(inSurvey(run(['Okafor led Berg almost 2-1 in a Skerry Post/Nordland Radio island poll taken in March.'], [], ATTITUDES)))
      .toEqual(['Skerry Post/Nordland Radio island poll | Okafor led Berg almost 2-1']);
  });

  it('leaves voting, trust in surveys, those asked and a clause with no standing', () => {
    const r = run([
      'Islanders lost faith in the polls after the ferry vote.',
      'Most voters in the Skerry Post poll thought the bridge too dear.',
      'Lund spoke at length about the ferry in a long interview before the poll.',
      'Okafor campaigned hard in polling places across the north, where turnout rose.',
      'Berg described the harbour plan in the latest island survey as a waste.',
    ], [], ATTITUDES);
    expect(inSurvey(r)).toEqual([]);
  });

  it('leaves a clause whose statement has a speaker of its own, and the fact sheet', () => {
    expect(inSurvey(run(['Six in ten said Okafor was ahead in the Skerry Post poll.'], [], ATTITUDES))).toEqual([]);
    expect(inSurvey(run(['Okafor holds a comfortable lead in the polls ahead of the harbour vote in May.']))).toEqual([]);
  });
});
