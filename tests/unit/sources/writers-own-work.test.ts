import { describe, expect, it } from 'vitest';
import { run, said } from './run';

// The writer's own survey or data, in the writer's narration, is the page's own work: no source.
const ATTITUDES = { attitudes: true };

describe("the writer's own work as a speaker", () => {
  it('lists no source for "our survey" or "our data" outside quotations', () => {
    const found = said(run(['We asked 400 gardeners about their tools this spring. Our survey revealed that most of them still prefer a spade to a fork.'], [], ATTITUDES));
    expect(found.some((s) => /survey/i.test(s))).toBe(false);
    expect(said(run(['Our data suggests that the river rises faster each year.'], [], ATTITUDES)).some((s) => /data/i.test(s))).toBe(false);
  });

  it("keeps a quoted speaker's own survey, and the writer's people", () => {
    const quoted = said(run(['“Our own survey shows the shop is busier than ever,” said Ada Lind, the owner.'], [], ATTITUDES));
    expect(quoted.some((s) => s.startsWith('Ada Lind |'))).toBe(true);
    const people = said(run(['My neighbours said the road had been closed since Monday.'], [], ATTITUDES));
    expect(people.some((s) => s.startsWith('My neighbours |'))).toBe(true);
  });
});
