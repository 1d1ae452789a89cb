import { describe, expect, it } from 'vitest';
import { only } from './helpers';

const money = (text: string) => {
  const f = only(text);
  return [f.value ?? [f.low, f.high], f.unit, f.kind];
};

describe('money', () => {
  it('reads currency symbols and prefixes as ISO codes', () => {
    expect(money('The plan costs $4.2 billion.')).toEqual([4_200_000_000, 'USD', 'money']);
    expect(money('A £2bn upgrade.')).toEqual([2_000_000_000, 'GBP', 'money']);
    expect(money('The club paid €300m for him.')).toEqual([300_000_000, 'EUR', 'money']);
    expect(money('Each costs US$5 at the border.')).toEqual([5, 'USD', 'money']);
    expect(money('Tickets are HK$120 each.')).toEqual([120, 'HKD', 'money']);
    expect(money('The fine was A$10,000.')).toEqual([10_000, 'AUD', 'money']);
    expect(money('Rents rose to Rs 300 a week.')).toEqual([300, 'INR per week', 'money']);
    expect(money('They paid USD 40 per barrel.')).toEqual([40, 'USD per barrel', 'money']);
  });
  it('reads currency names after the number', () => {
    expect(money('The firm was fined 5 million yuan.')).toEqual([5_000_000, 'CNY', 'money']);
    expect(money('It sold for 300 euros.')).toEqual([300, 'EUR', 'money']);
    expect(money('A grant of 20 Canadian dollars.')).toEqual([20, 'CAD', 'money']);
    expect(money('He earns 2 million pounds a year.')).toEqual([2_000_000, 'GBP per year', 'money']);
    expect(money('Shares fell 34 cents.')).toEqual([34, 'cents', 'money']);
    expect(money('A seat costs 50 €.')).toEqual([50, 'EUR', 'money']);
  });
  it('does not read the article "a" as an Australian dollar', () => {
    expect(money('They won a $48 million contract.')).toEqual([48_000_000, 'USD', 'money']);
  });
});

describe('measures', () => {
  const measure = (text: string) => {
    const f = only(text);
    return [f.value, f.unit, f.kind];
  };
  it('reads units spaced, glued and hyphenated', () => {
    expect(measure('The road is 10 km long.')).toEqual([10, 'km', 'measure']);
    expect(measure('He ran 10km today.')).toEqual([10, 'km', 'measure']);
    expect(measure('A six-mile trip.')).toEqual([6, 'mi', 'measure']);
    expect(measure('The bag weighs 20 kg.')).toEqual([20, 'kg', 'measure']);
    expect(measure('Output was 500 tonnes.')).toEqual([500, 't', 'measure']);
    expect(measure('It was 40°C in the shade.')).toEqual([40, '°C', 'measure']);
    expect(measure('It was 104 degrees Fahrenheit.')).toEqual([104, '°F', 'measure']);
    expect(measure('Winds reached 90 mph.')).toEqual([90, 'mph', 'measure']);
    expect(measure('The fire burned 3,000 acres.')).toEqual([3000, 'acres', 'measure']);
    expect(measure('They pump 2 million barrels a day.')).toEqual([2_000_000, 'bpd', 'measure']);
    expect(measure('The plant makes 600 MW of power.')).toEqual([600, 'MW', 'measure']);
    expect(measure('A 3-inch screen.')).toEqual([3, 'in', 'measure']);
  });
});

describe('durations and ages', () => {
  const read = (text: string) => {
    const f = only(text);
    return [f.value, f.unit, f.kind];
  };
  it('reads durations', () => {
    expect(read('He served 10 years in prison.')).toEqual([10, 'years', 'duration']);
    expect(read('A three-day visit.')).toEqual([3, 'days', 'duration']);
    expect(read('The talks lasted 48 hours.')).toEqual([48, 'hours', 'duration']);
  });
  it('reads ages', () => {
    expect(read('A 48-year-old man was arrested.')).toEqual([48, 'years', 'age']);
    expect(read('She is 29 years old.')).toEqual([29, 'years', 'age']);
    expect(read('The victim, aged 17, survived.')).toEqual([17, 'years', 'age']);
    expect(read('The mayor, Ana Ruiz, 52, resigned.')).toEqual([52, 'years', 'age']);
  });
});

describe('multipliers', () => {
  it('reads doubled, twice, N times and N-fold', () => {
    const doubled = only('Prices doubled last year.');
    expect([doubled.value, doubled.kind, doubled.change]).toEqual([2, 'multiplier', { direction: 'up', verb: 'doubled' }]);
    expect(only('There were twice as many cases.').value).toBe(2);
    expect(only('Rents are three times higher.').value).toBe(3);
    expect(only('A 10-fold increase.').value).toBe(10);
    expect(only('Costs rose threefold.').value).toBe(3);
    const halved = only('The budget was halved.');
    expect([halved.value, halved.change?.direction]).toEqual([0.5, 'down']);
  });
});
