// Money: a currency before the number ("$4.2 billion", "US$5", "HK$10", "£2bn", "€300m",
// "Rs 300", "USD 40") or after it ("5 million yuan", "300 euros", "20 Canadian dollars").
// The unit is the ISO 4217 code; cents and pence keep their printed amount ("up 19 cents" is 19
// cents, as readers and NewsQuant read it) and the figure's `normalized` gives it in dollars or pounds.

import type { Token } from '../lexer';
import { isPunct, phraseAt, phrases, tokenAt } from '../token-utils';
import { lookupTable } from '../../text/lookup-table';

const SYMBOLS = lookupTable<string>({
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₿': 'BTC', '元': 'CNY', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK', '₮': 'MNT',
  '₲': 'PYG', '₸': 'KZT', '৳': 'BDT', '₼': 'AZN',
});
// Letters glued to "$": US$, A$, C$, HK$ …
const DOLLAR_PREFIXES = lookupTable<string>({
  us: 'USD', a: 'AUD', au: 'AUD', aud: 'AUD', c: 'CAD', ca: 'CAD', can: 'CAD', nz: 'NZD', hk: 'HKD', s: 'SGD', sg: 'SGD',
  nt: 'TWD', r: 'BRL', mx: 'MXN', mex: 'MXN', z: 'ZWL', j: 'JMD', tt: 'TTD',
});
const ISO_CODES = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'KRW', 'RUB', 'BRL', 'MXN',
  'ZAR', 'SEK', 'NOK', 'DKK', 'PLN', 'TRY', 'NGN', 'KES', 'EGP', 'SAR', 'AED', 'NZD', 'TWD', 'THB', 'IDR',
  'MYR', 'PHP', 'VND', 'PKR', 'BDT', 'UAH', 'ILS', 'CZK', 'HUF', 'ARS', 'CLP', 'COP', 'PEN', 'QAR', 'KWD',
]);
// Words before the number: "Rs 300", "Rs. 300", "RMB 5 billion".
const WORD_PREFIXES = lookupTable<string>({ rs: 'INR', inr: 'INR', rmb: 'CNY', yuan: 'CNY', sfr: 'CHF', chf: 'CHF' });

// After the number. Longest first; "pounds" is money only with a magnitude or "sterling" (else weight).
const AFTER: [string, string, number][] = [
  ['us dollars', 'USD', 1], ['us dollar', 'USD', 1], ['chinese yuan', 'CNY', 1], ['turkish lira', 'TRY', 1], ['japanese yen', 'JPY', 1],
  ['south african rand', 'ZAR', 1], ['indian rupees', 'INR', 1], ['american dollars', 'USD', 1],
  ['canadian dollars', 'CAD', 1], ['australian dollars', 'AUD', 1], ['hong kong dollars', 'HKD', 1],
  ['singapore dollars', 'SGD', 1], ['new zealand dollars', 'NZD', 1], ['taiwan dollars', 'TWD', 1],
  ['new taiwan dollars', 'TWD', 1], ['zimbabwe dollars', 'ZWL', 1], ['jamaican dollars', 'JMD', 1],
  ['dollars', 'USD', 1], ['dollar', 'USD', 1], ['bucks', 'USD', 1], ['cents', 'cents', 1], ['cent', 'cents', 1],
  ['euros', 'EUR', 1], ['euro', 'EUR', 1], ['eur', 'EUR', 1],
  ['pounds sterling', 'GBP', 1], ['sterling', 'GBP', 1], ['pence', 'pence', 1],
  ['yuan', 'CNY', 1], ['renminbi', 'CNY', 1], ['rmb', 'CNY', 1], ['yen', 'JPY', 1], ['won', 'KRW', 1],
  ['rupees', 'INR', 1], ['rupee', 'INR', 1], ['pakistani rupees', 'PKR', 1], ['indian rupees', 'INR', 1],
  ['rubles', 'RUB', 1], ['roubles', 'RUB', 1], ['ruble', 'RUB', 1], ['rouble', 'RUB', 1],
  ['mexican pesos', 'MXN', 1], ['philippine pesos', 'PHP', 1], ['argentine pesos', 'ARS', 1], ['pesos', 'MXN', 1], ['peso', 'MXN', 1],
  ['reais', 'BRL', 1], ['real', 'BRL', 1], ['swiss francs', 'CHF', 1], ['francs', 'CHF', 1], ['franc', 'CHF', 1],
  ['lira', 'TRY', 1], ['liras', 'TRY', 1], ['rand', 'ZAR', 1], ['naira', 'NGN', 1], ['shekels', 'ILS', 1], ['shekel', 'ILS', 1],
  ['dirhams', 'AED', 1], ['dirham', 'AED', 1], ['riyals', 'SAR', 1], ['riyal', 'SAR', 1], ['ringgit', 'MYR', 1],
  ['baht', 'THB', 1], ['rupiah', 'IDR', 1], ['dong', 'VND', 1], ['kronor', 'SEK', 1], ['krona', 'SEK', 1],
  ['kroner', 'NOK', 1], ['krone', 'NOK', 1], ['zlotys', 'PLN', 1], ['zloty', 'PLN', 1], ['hryvnias', 'UAH', 1], ['hryvnia', 'UAH', 1],
  ['forint', 'HUF', 1], ['shillings', 'KES', 1], ['bitcoin', 'BTC', 1], ['bitcoins', 'BTC', 1], ['penny', 'pence', 1], ['pennies', 'pence', 1],
  // Currencies the euro replaced still appear in archives and history pieces.
  ['french francs', 'FRF', 1], ['belgian francs', 'BEF', 1], ['deutsche marks', 'DEM', 1], ['german marks', 'DEM', 1], ['markka', 'FIM', 1],
  ['pesetas', 'ESP', 1], ['guilders', 'NLG', 1], ['dutch guilders', 'NLG', 1], ['lire', 'ITL', 1], ['escudos', 'PTE', 1], ['drachmas', 'GRD', 1],
  ['finnish markka', 'FIM', 1], ['austrian schillings', 'ATS', 1],
];
const AFTER_PHRASES = phrases(AFTER.map(([p]) => p));
const AFTER_CODES = new Map(AFTER.map(([p, code, factor]) => [p, { code, factor }]));
const MAGNITUDE_ONLY = new Set(['real', 'won', 'rand', 'dong']);
// "720p", "1080p": video lines, not pence.
const VIDEO_LINES = new Set(['144', '240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);
const PENCE_NEXT = new Set(['at', 'to', 'a', 'an', 'each', 'per', 'higher', 'lower', 'up', 'down', 'and', 'or', 'from', 'on', 'in', 'off']);

export interface CurrencyMatch {
  /** First (prefix) or last (suffix) token index of the currency. */
  index: number;
  code: string;
  factor: number;
}

/** A currency printed right before token `first`. */
export function currencyBefore(tokens: readonly Token[], first: number): CurrencyMatch | null {
  const prev = tokenAt(tokens, first - 1);
  if (!prev || tokens[first]!.gap === 2) return null;
  if (prev.type === 'punct') {
    const code = SYMBOLS[prev.text];
    if (!code || tokens[first]!.gap > 1) return null;
    if (prev.text === '$') {
      const letters = tokenAt(tokens, first - 2);
      // "US$5", "A$5", "HK $5" (text split by a tokenizer); never the article in "a $5 fee".
      const known = letters && letters.type === 'word' && DOLLAR_PREFIXES[letters.lower] !== undefined;
      const shapeOk = letters !== undefined && (letters.text.length === 1 ? /^[A-Z]$/.test(letters.text) : prev.gap === 0 || letters.text === letters.text.toUpperCase());
      if (letters && known && shapeOk && prev.gap <= 1) {
        return { index: first - 2, code: DOLLAR_PREFIXES[letters.lower]!, factor: 1 };
      }
    }
    return { index: first - 1, code, factor: 1 };
  }
  if (prev.type === 'word') {
    if (ISO_CODES.has(prev.text)) return { index: first - 1, code: prev.text === 'RMB' ? 'CNY' : prev.text, factor: 1 };
    // "RM23.50": Malaysian ringgit, in capitals only (never the word "rm").
    if (prev.text === 'RM') return { index: first - 1, code: 'MYR', factor: 1 };
    const code = WORD_PREFIXES[prev.lower];
    if (code && prev.lower !== 'yuan') return { index: first - 1, code, factor: 1 };
  }
  // "Rs. 300"
  if (isPunct(prev, '.')) {
    const word = tokenAt(tokens, first - 2);
    if (word && word.lower === 'rs' && prev.gap === 0) return { index: first - 2, code: 'INR', factor: 1 };
  }
  return null;
}

/** A currency printed right after token `last` ("5 million yuan", "300 euros", "40 USD"). */
export function currencyAfter(tokens: readonly Token[], last: number, hasMagnitude: boolean): CurrencyMatch | null {
  let next = tokenAt(tokens, last + 1);
  if (!next || next.gap === 2) return null;
  // "a one-yen bid", "a 12-cent dividend"
  if (next.type === 'punct' && next.text === '-' && next.gap === 0 && tokenAt(tokens, last + 2)?.gap === 0) {
    const glued = phraseAt(tokens, last + 2, AFTER_PHRASES);
    if (glued && glued.last === last + 2) {
      const found = AFTER_CODES.get(glued.phrase.join(' '))!;
      return { index: glued.last, code: found.code, factor: found.factor };
    }
    return null;
  }
  // "a 1p cut", "118.5p", "down 68 p at 1112 p": pence, glued or before a price's usual next word.
  if (next.type === 'word' && next.text === 'p' && !VIDEO_LINES.has(tokens[last]!.text)) {
    const after = tokenAt(tokens, last + 2);
    const gluedOk = next.gap === 0 && !(after && after.gap === 0 && (after.type === 'word' || after.type === 'num'));
    const spacedOk = next.gap === 1 && (!after || after.type === 'punct' || PENCE_NEXT.has(after.lower));
    if (gluedOk || spacedOk) return { index: last + 1, code: 'pence', factor: 1 };
  }
  if (next.gap !== 1 && !(next.gap === 0 && (ISO_CODES.has(next.text) || (next.type === 'punct' && SYMBOLS[next.text] !== undefined)))) return null;
  // "10 €", "100 元": the symbol after the number, as much of Europe and Asia print it.
  if (next.type === 'punct' && SYMBOLS[next.text] && next.text !== '$') return { index: last + 1, code: SYMBOLS[next.text]!, factor: 1 };
  if (next.type === 'word' && ISO_CODES.has(next.text)) return { index: last + 1, code: next.text === 'RMB' ? 'CNY' : next.text, factor: 1 };
  if (next.type === 'word' && (next.lower === 'pounds' || next.lower === 'pound') && hasMagnitude) {
    const sterling = tokenAt(tokens, last + 2);
    return { index: sterling?.lower === 'sterling' ? last + 2 : last + 1, code: 'GBP', factor: 1 };
  }
  const match = phraseAt(tokens, last + 1, AFTER_PHRASES);
  if (!match) return null;
  const key = match.phrase.join(' ');
  if (MAGNITUDE_ONLY.has(key) && !hasMagnitude) return null;
  const found = AFTER_CODES.get(key)!;
  return { index: match.last, code: found.code, factor: found.factor };
}
