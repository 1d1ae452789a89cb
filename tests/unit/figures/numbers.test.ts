import { describe, expect, it } from 'vitest';
import { figuresIn, only, values } from './helpers';

describe('digits', () => {
  it('reads separators and decimals', () => {
    expect(only('The port handled 11,000 containers.').value).toBe(11000);
    expect(only('Inflation was 1.5 points higher.').value).toBe(1.5);
    expect(only('The fund paid 3,000.25 in fees.').value).toBe(3000.25);
    expect(only('A .25 calibre rifle.').value).toBe(0.25);
  });
  it('reads a decimal comma where the language writes one', () => {
    expect(only('Der Preis lag bei 1.000,5 Punkte.', 'de').value).toBe(1000.5);
    expect(only('Der Index stieg um 2,5 Punkte.', 'de').value).toBe(2.5);
  });
  it('reads mixed numbers and vulgar fractions', () => {
    expect(only('The pipe is 10 1/2 miles long.').value).toBe(10.5);
    expect(only('She ran 2½ miles.').value).toBe(2.5);
  });
  it('reads negatives', () => {
    expect(only('It was -5 degrees at dawn.').value).toBe(-5);
    expect(only('Readings fell to minus 12 degrees.').value).toBe(-12);
  });
});

describe('magnitudes', () => {
  it('multiplies by the magnitude word or abbreviation', () => {
    expect(only('The city has 1.5 million residents.').value).toBe(1_500_000);
    expect(only('A deal worth $4.2bn was signed.').value).toBe(4_200_000_000);
    expect(only('Revenue reached 12.9bn last quarter.').value).toBe(12_900_000_000);
    expect(only('The video drew 300k viewers.').value).toBe(300_000);
    expect(only('The film earned Rs 2 crore.').value).toBe(20_000_000);
    expect(only('The app has 1.8M users.').value).toBe(1_800_000);
  });
  it('reads half and quarter of a magnitude', () => {
    expect(only('Nearly half a million people marched.').value).toBe(500_000);
    expect(only('A quarter million tickets sold out.').value).toBe(250_000);
  });
});

describe('numbers in words', () => {
  it('reads single words, compounds and scales', () => {
    expect(only('Three people were rescued.').value).toBe(3);
    expect(only('They found twenty-five bodies.').value).toBe(25);
    expect(only('The hall seats one hundred and twenty guests.').value).toBe(120);
    expect(only('She bought a dozen eggs.').value).toBe(12);
    expect(only('Two million voters stayed home.').value).toBe(2_000_000);
    expect(only('The trip took two and a half hours.').value).toBe(2.5);
    expect(only('Some 3 million and a half visitors came.').value).toBe(3_500_000);
  });
});

describe('fractions and ratios (shares are percentages)', () => {
  it('reads fractions in words', () => {
    expect(only('One-third of the staff left.').value).toBeCloseTo(33.333, 2);
    expect(only('Two-thirds of voters agreed.').value).toBeCloseTo(66.667, 2);
    expect(only('Three quarters of the wells are dry.').value).toBe(75);
    expect(only('A fifth of the budget went to roads.').value).toBe(20);
    expect(only('Half of the residents left.').value).toBe(50);
    expect(only('Nearly half said no.').value).toBe(50);
  });
  it('reads "one in five" and "3 out of 10" as shares', () => {
    const f = only('One in five adults smokes.');
    expect([f.value, f.unit, f.kind]).toEqual([20, 'percent', 'ratio']);
    expect(only('Three out of 10 shops closed.').value).toBe(30);
  });
  it('reads colon ratios', () => {
    const f = only('The board voted 3:1 in favour.');
    expect([f.value, f.kind]).toEqual([3, 'ratio']);
  });
  it('reads printed fractions', () => {
    expect(only('About 3/4 of the crop was lost.').value).toBe(75);
    expect(only('A 1/4 mile track.').value).toBe(0.25);
  });
});

describe('percentages and points', () => {
  it('reads every spelling of percent', () => {
    for (const text of ['Turnout was 50%.', 'Turnout was 50 percent.', 'Turnout was 50 per cent.', 'Turnout was 50 pct.']) {
      const f = only(text);
      expect([f.value, f.unit, f.kind]).toEqual([50, 'percent', 'percent']);
    }
  });
  it('tells percentage points from percent', () => {
    const f = only('Support fell 5 percentage points.');
    expect([f.value, f.unit, f.kind]).toEqual([5, 'percentage points', 'percentage-points']);
    expect(only('The bank raised rates by 25 basis points.').unit).toBe('basis points');
  });
});

describe('counted noun', () => {
  it('names what a count counts', () => {
    const f = only('Officials said 1,000 deaths were recorded.');
    expect([f.value, f.unit, f.counts, f.kind]).toEqual([1000, 'deaths', 'deaths', 'count']);
    expect(only('The army sent 11,000 North Korean troops.').counts).toBe('North Korean troops');
    expect(only('The army sent 11,000 North Korean troops.').unit).toBe('troops');
    expect(only('About 40 percent casualty rate among recruits.').counts).toBe('casualty rate');
    expect(only('A 12-member panel will decide.').counts).toBe('member panel');
    expect(only('Police arrested 5,000 more protesters.').counts).toBe('protesters');
  });
  it('reads "of the" after a share', () => {
    expect(only('Half of the voters stayed home.').counts).toBe('voters');
  });
  it('keeps the sentence as context', () => {
    const figures = figuresIn('The first sentence has none. The second has 7 cats.');
    expect(figures[0]!.sentence).toBe('The second has 7 cats.');
  });
  it('gives offsets into the text', () => {
    const text = 'We counted 42 birds.';
    const f = only(text);
    expect(text.slice(f.start, f.end)).toBe('42 birds');
    expect(f.id).toBe('f1');
  });
});

describe('values helper', () => {
  it('lists figures in text order', () => {
    expect(values('From 3 boats, 40 fish and 2 nets.')).toEqual([[3, 3], [40, 40], [2, 2]]);
  });
});
