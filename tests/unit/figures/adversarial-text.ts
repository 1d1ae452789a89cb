// Hostile inputs for the figures step, shared by the safety tests and the benchmark.

export const ADVERSARIAL_PIECES: readonly string[] = [
  '9'.repeat(5000),
  '1,'.repeat(3000) + '1',
  '1.'.repeat(3000) + '1',
  ','.repeat(3000),
  '.'.repeat(3000),
  '('.repeat(2000) + '42' + ')'.repeat(2000),
  '[[{{(('.repeat(500) + '$5' + '))}}]]'.repeat(500),
  '- '.repeat(3000) + '5',
  '5-'.repeat(3000),
  '1/'.repeat(3000),
  '1:'.repeat(3000),
  'one '.repeat(3000),
  'twenty-'.repeat(2000) + 'five',
  'hundred and '.repeat(2000),
  'a third of '.repeat(1000),
  '$'.repeat(3000) + '5',
  '5%'.repeat(3000),
  'between 5 and '.repeat(2000),
  'up to about nearly more than '.repeat(500) + '50 percent',
  '11,000 to 12,000 troops, $4.2bn, 33–50%, one-third, 1,000 deaths, 48-year-old. '.repeat(200),
  ' '.repeat(5000) + '7',
  '\n\n'.repeat(2000),
];

/** About `size` characters of the pieces above, repeated, separated by spaces. */
export function adversarialText(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const piece = ADVERSARIAL_PIECES[i % ADVERSARIAL_PIECES.length]!;
    parts.push(piece);
    length += piece.length + 1;
  }
  return parts.join(' ').slice(0, size);
}
