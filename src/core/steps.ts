// Work split into steps: a generator that yields between them, so that a caller on a thread
// others need can give it back between steps. Today every caller (the background, the command
// line, the tests) runs the reading straight through: it left the page's main thread, where it
// once ran one step per task.

export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  let next = steps.next();
  while (!next.done) next = steps.next();
  return next.value;
}
