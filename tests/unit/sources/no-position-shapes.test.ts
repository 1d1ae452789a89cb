import { describe, expect, it } from 'vitest';
import { isAbilityModal } from '../../../src/core/sources/ability-modal';
import { isNamingDefinition } from '../../../src/core/sources/naming-definition';
import { isOpposedModifier } from '../../../src/core/sources/opposed-modifier';
import { isConsideringGiven } from '../../../src/core/sources/considering-given';
import { isNegatedPassive } from '../../../src/core/sources/negated-passive';
import { run, said } from './run';

// Shapes in which a cue of attitude holds no position: an ability, a word's definition, a noun's
// modifier, "considering" as "given", and a negated passive. Our own sentences.
const ATTITUDES = { attitudes: true };
const holders = (text: string) => said(run([text], [], ATTITUDES));

describe('an ability is no position (ability-modal.ts)', () => {
  it('reads "can", "could" and "(un)able to" before the cue', () => {
    expect(isAbilityModal('Ferry passengers can also ', ' how late each crossing runs')).toBe(true);
    expect(isAbilityModal('most visitors were unable to ', ' the two accents apart')).toBe(true);
    expect(isAbilityModal('when she was able to ', ' the same shelter to a friend')).toBe(true);
    expect(isAbilityModal('the harbour board ', ' a later crossing')).toBe(false);
    // (A refusal is an answer given: "couldn't confirm", "cannot support".)
    expect(isAbilityModal('The coastguard couldn\u2019t ', ' the reports')).toBe(false);
    expect(isAbilityModal('The board cannot ', ' the plan')).toBe(false);
    // (A judgement in a clause of its own stays.)
    expect(isAbilityModal('Anyone can ', ' the new timetable is a mess')).toBe(false);
  });

  it('gives the ferry users no position', () => {
    expect(holders('With the new app, ferry users can also see how late each crossing runs.').some((s) => s.startsWith('ferry users |'))).toBe(false);
  });

  it('still reads a wish', () => {
    expect(holders('Ferry users want a later crossing on Sundays.').some((s) => s.startsWith('Ferry users |'))).toBe(true);
  });
});

describe('a word defined is no holder (naming-definition.ts)', () => {
  it('reads "the term X refers to" and "used to refer to"', () => {
    expect(isNamingDefinition('refers to', 'In sailing, the term Dead Water ')).toBe(true);
    expect(isNamingDefinition('refer to', 'The word Tarn has been used to ')).toBe(true);
    expect(isNamingDefinition('referring to', 'Ada Lund said, ')).toBe(false);
    expect(isNamingDefinition('believes', 'the term Dead Water ')).toBe(false);
  });

  it('lists no term as a source', () => {
    const found = holders('Coined by boat builders, the term Dead Water refers to a thin layer of fresh water that slows a hull.');
    expect(found.some((s) => s.startsWith('Dead Water |'))).toBe(false);
  });

  it('still reads a speaker referring to something', () => {
    const found = holders('"We cannot wait another winter," Ada Lund said, referring to the broken pier.');
    expect(found.some((s) => s.startsWith('Ada Lund |') && s.includes('broken pier'))).toBe(true);
  });
});

describe('"opposed to" after a noun is its modifier (opposed-modifier.ts)', () => {
  it('tells the modifier from the stance', () => {
    expect(isOpposedModifier('opposed', 'in the survey, fishermen ', ' to the quota were asked')).toBe(true);
    expect(isOpposedModifier('opposed', 'The fishermen remain ', ' to the quota')).toBe(false);
    expect(isOpposedModifier('opposed', 'The fishermen ', ' the quota')).toBe(false);
  });

  it('gives the fishermen no position', () => {
    const found = holders('In the study, fishermen opposed to the quota were asked to spend a day with the inspectors.');
    expect(found.some((s) => s.startsWith('fishermen |'))).toBe(false);
  });

  it('still reads the verb', () => {
    const found = holders('Ada Lund opposed the new quota at the meeting on Monday.');
    expect(found.some((s) => s.includes('new quota'))).toBe(true);
  });
});

describe('"considering" after a comma means "given" (considering-given.ts)', () => {
  it('tells the preposition from the deliberation', () => {
    expect(isConsideringGiven('considering', 'a fair transition, ', ' the cost to small ports')).toBe(true);
    expect(isConsideringGiven('considering', 'The harbour board is ', ' a ban on jet skis')).toBe(false);
    expect(isConsideringGiven('considering', 'a fair transition, ', ' whether to')).toBe(false);
  });

  it('gives the plan no position', () => {
    const found = holders('The Harbour Plan must make the move fair, considering the cost to small ports along the coast.');
    expect(found.some((s) => s.includes('the cost to small ports'))).toBe(false);
  });
});

describe('a negated passive gives its agent no position (negated-passive.ts)', () => {
  it('finds the negation', () => {
    expect(isNegatedPassive('was never ')).toBe(true);
    expect(isNegatedPassive('s not been ')).toBe(true);
    expect(isNegatedPassive('wasn\u2019t ')).toBe(true);
    expect(isNegatedPassive(' was first ')).toBe(false);
  });

  it('reads no release by the club', () => {
    const found = holders('While the fee was never released by the rowing club, the Courier reported that it was large.');
    expect(found.some((s) => s.startsWith('rowing club |') || s.startsWith('the rowing club |'))).toBe(false);
  });

  it('still reads the plain passive', () => {
    const found = holders('The fee was first criticized by the Rowing Association of Tarn.');
    expect(found.some((s) => s.includes('Rowing Association'))).toBe(true);
  });
});
