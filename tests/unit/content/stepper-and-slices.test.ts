import { describe, expect, it } from 'vitest';
import { runSliced } from '../../../src/content/slices';
import { stepIndex } from '../../../src/content/keyboard/figure-stepper';

describe('stepping through figures', () => {
  const tops = [-400, -20, 100, 500, 1200];
  const bottoms = tops.map((t) => t + 20);
  it('moves one step from the open card, wrapping at both ends', () => {
    expect(stepIndex(tops, bottoms, 2, 'next', 900)).toBe(3);
    expect(stepIndex(tops, bottoms, 4, 'next', 900)).toBe(0);
    expect(stepIndex(tops, bottoms, 0, 'previous', 900)).toBe(4);
  });
  it('starts from the viewport when no card is open', () => {
    expect(stepIndex(tops, bottoms, -1, 'next', 900)).toBe(2);
    expect(stepIndex(tops, bottoms, -1, 'previous', 900)).toBe(3);
    expect(stepIndex([-50, -30], [-30, -10], -1, 'next', 900)).toBe(0);
  });
  it('has nowhere to go without figures', () => {
    expect(stepIndex([], [], -1, 'next', 900)).toBe(-1);
  });
});

describe('sliced work', () => {
  const manual = (): { schedule: (run: () => void) => () => void; flush: () => number } => {
    const queue: (() => void)[] = [];
    return {
      schedule: (run) => {
        queue.push(run);
        return () => queue.splice(queue.indexOf(run), 1);
      },
      flush: () => {
        let slices = 0;
        while (queue.length) {
          queue.shift()!();
          slices++;
        }
        return slices;
      },
    };
  };

  it('runs every step, pausing at the budget', async () => {
    let steps = 0;
    function* work(): Generator<void> {
      for (let i = 0; i < 50; i++) {
        const until = performance.now() + 1;
        while (performance.now() < until);
        steps++;
        yield;
      }
    }
    const { schedule, flush } = manual();
    const done = runSliced(work(), new AbortController().signal, 4, schedule);
    const slices = flush();
    expect(await done).toBe(true);
    expect(steps).toBe(50);
    expect(slices).toBeGreaterThanOrEqual(10);
  });

  it('stops when aborted', async () => {
    let steps = 0;
    function* work(): Generator<void> {
      for (;;) {
        steps++;
        yield;
      }
    }
    const controller = new AbortController();
    const { schedule, flush } = manual();
    const done = runSliced(work(), controller.signal, 1, schedule);
    controller.abort();
    flush();
    expect(await done).toBe(false);
    expect(steps).toBe(0);
  });
});
