import { describe, expect, it } from 'vitest';
import { run, said } from './run';

const positions = (paragraph: string) => said(run([paragraph], [], { attitudes: true }));

// A noun cue whose holder follows it in a phrase of its own: "claims by the board that …".
describe('a noun cue with its holder after "by", "from" or "among"', () => {
  it('reads the holder and the clause', () => {
    expect(positions('The harbour office pushed back against claims by union officials that the new quay would silt up.'))
      .toContain('union officials | the new quay would silt up');
    expect(positions('The ferry line has faced criticism from residents that its winter timetable leaves them stranded.'))
      .toContain('residents | its winter timetable leaves them stranded');
    expect(positions('There is a growing sense among critics that the channel is too shallow for the new ships.'))
      .toContain('critics | the channel is too shallow for the new ships');
  });

  it('takes no relative clause on the holder, and no "of", which may name the target', () => {
    const relative = positions('The delay raised anxiety among skippers who had hoped that the quay would open in May.');
    expect(relative.join('; ')).not.toContain('skippers who');
    expect(positions('Claims by inspectors that have been rejected twice were filed again.').join('; ')).not.toContain('inspectors |');
    expect(positions('There was criticism of the mayor that the budget was late.').join('; ')).not.toContain('mayor | the budget was late');
  });

  it('takes no holder that names no one', () => {
    expect(positions('There were warnings from the start that the pier would not last.').join('; ')).not.toContain('start |');
  });
});

describe('"of" after a noun that never takes its target with "of", and an infinitive after a noun of will', () => {
  it('reads the holder after "of" and keeps the infinitive\'s "to"', () => {
    expect(positions('The ruling backs the contention of the harbour board that the quay was never safe.'))
      .toContain('harbour board | the quay was never safe');
    expect(positions('The vote showed the determination of local residents to keep the ferry running.'))
      .toContain('local residents | to keep the ferry running');
  });

  it('takes no infinitive after a noun of saying, and no "of" after one that names its target', () => {
    expect(positions('There were warnings from residents to the council about the pier.').join('; ')).not.toContain('residents |');
    expect(positions('The report repeated the criticism of critics that the levy was too high.').join('; ')).not.toContain('critics | the levy');
  });
});

describe('a state of will after "from"', () => {
  it('is no position of the phrase after "from"', () => {
    expect(positions('The remarks seemed to indicate willingness from critics to reopen the ferry office.').join('; ')).not.toContain('critics |');
  });
});
