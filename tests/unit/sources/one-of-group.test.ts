import { describe, expect, it } from 'vitest';
import { run, said } from './run';

describe('one person described out of a group', () => {
  it('"one longtime friend" is not the group "Friends" named before', () => {
    const r = run(['Friends say the harbour master is the right man for the job.', '"He never gives up on a ship," said one longtime friend.'], [], { attitudes: true });
    expect(said(r)).toContain('longtime friend | He never gives up on a ship');
  });

  it('"the organizer of a smaller rally" is not the group "Organizers of the protest"', () => {
    const r = run(['Organizers of the ferry protest expect a large crowd on Sunday.', 'But the organizer of a smaller rally said the route was too narrow.'], [], { attitudes: true });
    expect(r.sources.map((s) => s.name)).toContain('organizer of a smaller rally');
  });

  it('"one Reyes supporter" is not "a Varga supporter": the names tell them apart', () => {
    const r = run(['A Varga supporter said the toll was fair.', '"The board doesn\'t even read the letters," wrote one Reyes supporter on Friday.'], [], { attitudes: true });
    expect(said(r)).toContain('Reyes supporter | The board doesn\'t even read the letters');
  });

  it('still gathers two descriptions of one side ("another Varga supporter")', () => {
    const r = run(['A Varga supporter said the toll was fair.', 'Another Varga supporter said the ferry was late.'], [], { attitudes: true });
    expect(said(r)).toEqual(['Varga supporter | the toll was fair', 'Varga supporter | the ferry was late']);
  });

  it('still gathers a group with the group ("Officials … The officials")', () => {
    const r = run(['Officials said the dock would reopen in May. The officials said the repairs would cost more.'], [], { attitudes: true });
    expect(new Set(r.quotes.map((q) => q.speaker)).size).toBe(1);
  });
});
