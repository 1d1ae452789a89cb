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

/** Plain text as paragraphs: blank lines separate them, white space inside is collapsed. */
export function plainTextBlocks(input: string): { text: string; blocks: TextBlock[] } {
  const paragraphs = input.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return joinBlocks(paragraphs.map((paragraph) => ['paragraph', paragraph] as const));
}
