// A resolution as the fact sheet writes it: the ISO value at its precision and the interval.

import { commonPrecision, formatYmd } from './calendar';
import type { Resolution } from './candidate';
import type { DatePrecision } from '../types';

export interface Valued {
  value: string;
  precision: DatePrecision;
  interval?: { start: string; end: string };
}

export function valueOf(resolution: Resolution): Valued {
  const fit = resolution.precision
    ? { day: resolution.start, precision: resolution.precision }
    : commonPrecision(resolution.start, resolution.end);
  const valued: Valued = { value: resolution.value ?? formatYmd(fit.day, fit.precision), precision: fit.precision };
  const single = resolution.start.y === resolution.end.y && resolution.start.m === resolution.end.m && resolution.start.d === resolution.end.d;
  if (resolution.interval && !single) {
    valued.interval = resolution.intervalValues ?? {
      start: formatYmd(resolution.start, 'day'),
      end: formatYmd(resolution.end, 'day'),
    };
  }
  return valued;
}
