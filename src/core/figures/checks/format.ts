// Numbers in cross-check notes: "11,000–12,000", "33.33%", "5,500".

import type { Figure } from '../../types';

export function formatNumber(value: number): string {
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function formatSpan(low: number, high: number, suffix = ''): string {
  return Math.abs(low - high) < 1e-9 ? `${formatNumber(low)}${suffix}` : `${formatNumber(low)}–${formatNumber(high)}${suffix}`;
}

export function formatFigure(figure: Figure): string {
  return formatSpan(figure.low, figure.high, figure.unit === 'percent' ? '%' : '');
}


/** Singular and plural of a head noun, for whole-word look-ups ("troops" ↔ "troop"). */
export function nounForms(noun: string): string[] {
  const lower = noun.toLowerCase();
  if (lower.endsWith('ies')) return [lower, `${lower.slice(0, -3)}y`];
  if (lower.endsWith('s')) return [lower, lower.slice(0, -1)];
  return [lower, `${lower}s`];
}

export function mentions(sentence: string, noun: string): boolean {
  const lower = sentence.toLowerCase();
  return nounForms(noun).some((form) => new RegExp(`\\b${form.replace(/[^a-z0-9-]/g, '')}\\b`).test(lower));
}
