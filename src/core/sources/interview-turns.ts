// Printed interviews: "Q: …" / "A: …" paragraphs. The answers are the interviewee's words, so an
// "I" inside an answer is the interviewee, and so is a "you" inside a question. The interviewee is
// the person the headline or the introduction names before the first turn ("Q&A with Senator Ada Lind", "Ada Lind looks back on …").

import type { TextBlock } from '../types';
import { NAME_WORD_START } from './name-word';

/** "A: …", "A. …", "A — …": an answer label. */
const ANSWER = /^["\u201C]?A(?::|\.(?=\s)|\s+[\u2013\u2014-])\s*\S/;
/** "Q: …" (and "QThere's …", where a page lost the colon after a bold Q): a question. */
const QUESTION = /^["\u201C]?Q(?::|\.(?=\s)|\s+[\u2013\u2014-]|(?=\p{Lu}\p{Ll}))/u;
/** Any other transcript label ("LIND: …", "Ada Lind: …") ends an answer's run of paragraphs. */
const OTHER_LABEL = new RegExp(String.raw`^["\u201C]?${NAME_WORD_START}[\p{L}.'\u2019-]*(?:\s+${NAME_WORD_START}[\p{L}.'\u2019-]*){0,3}:\s`, 'u');
/** An interview has at least this many answers: one "A:" alone is a list or a note. */
const MIN_ANSWERS = 2;

export interface InterviewTurns {
  /** Blocks of the interviewee's answers: "A:" paragraphs and the unlabelled paragraphs after them. */
  answers: Set<number>;
  /** Blocks of the interviewer's questions. */
  questions: Set<number>;
  /** The first block with a turn: the interviewee is named before it. */
  firstTurn: number;
}

/** The question and answer paragraphs of a printed interview, or null when the page is none. */
export function findInterviewTurns(text: string, blocks: readonly TextBlock[]): InterviewTurns | null {
  const answers = new Set<number>();
  const questions = new Set<number>();
  let firstTurn = -1;
  let inAnswer = false;
  blocks.forEach((block, index) => {
    const head = text.slice(block.start, Math.min(block.end, block.start + 40));
    if (block.kind !== 'paragraph') {
      inAnswer = false;
      return;
    }
    if (ANSWER.test(head)) {
      answers.add(index);
      inAnswer = true;
      if (firstTurn < 0) firstTurn = index;
    } else if (QUESTION.test(head)) {
      questions.add(index);
      inAnswer = false;
      if (firstTurn < 0) firstTurn = index;
    } else if (OTHER_LABEL.test(head)) {
      inAnswer = false;
    } else if (inAnswer) {
      answers.add(index);
    }
  });
  const labelled = [...answers].filter((index) => ANSWER.test(text.slice(blocks[index]!.start, blocks[index]!.start + 40)));
  return labelled.length >= MIN_ANSWERS && firstTurn > 0 ? { answers, questions, firstTurn } : null;
}

/** Whether a pronoun inside a turn stands for the interviewee: "I" answering, "you" asked. */
export function speaksForInterviewee(turns: InterviewTurns, block: number, pronoun: string | null): boolean {
  // ("We" in an answer is often a group the interviewee speaks for, the country or a party: left to
  // the ordinary reading.)
  if (turns.answers.has(block)) return pronoun === 'i';
  if (turns.questions.has(block)) return pronoun === 'you';
  return false;
}
