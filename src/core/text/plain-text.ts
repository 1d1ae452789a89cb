import type { BlockKind, TextBlock } from '../types';

/** Blocks joined into the analysed text, separated by blank lines, with each block's span. */
export function joinBlocks(parts: readonly (readonly [BlockKind, string])[]): { text: string; blocks: TextBlock[] } {
  const blocks: TextBlock[] = [];
  let text = '';
  for (const [kind, body] of parts) {
    if (text) text += '\n\n';
    blocks.push({ kind, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, blocks };
}

/**
 * Plain text as paragraphs, white space inside collapsed. Blank lines separate paragraphs; so does
 * a single line break in a text whose lines mostly end a sentence (many exports and pastes write a
 * paragraph per line, at least in places): read as one paragraph, a run of such lines would let
 * quotes find their speakers pages away. Hard-wrapped text, whose lines stop mid-sentence, keeps
 * its lines joined.
 */
export function plainTextBlocks(input: string): { text: string; blocks: TextBlock[] } {
  const normalized = input.replace(/\r\n?/g, '\n');
  const separator = linesEndSentences(normalized) ? /\n/ : BLANK_LINE;
  const paragraphs = normalized.split(separator).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return joinBlocks(paragraphs.map((paragraph) => ['paragraph', paragraph] as const));
}

const BLANK_LINE = /\n\s*\n/;
const SENTENCE_END = /[.!?:"”’')\]]$/;

function linesEndSentences(text: string): boolean {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  if (lines.length < 2) return false;
  return lines.filter((line) => SENTENCE_END.test(line)).length * 3 >= lines.length * 2;
}
