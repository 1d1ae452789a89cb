// Work split into steps: a generator that yields between them. A caller in a hurry (the command
// line, the tests) runs it straight through; the content script runs one step per task, so that
// reading a long article never holds the page's main thread for long.

export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
