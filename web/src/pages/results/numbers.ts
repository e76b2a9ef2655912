// Signed figures of the results screens: "+2,50" / "−0,75" points or percentage points, and
// rank moves ("▲ 3"). Decimal strings from the API, formatted exactly (never through floats).
import { formatPoints, tryParsePoints } from '../../../../src/core/points';
import type { Locale } from '../../api/types';

export function fmtSignedPoints(value: string | null | undefined, locale: Locale, decimals?: number): string {
  if (value === null || value === undefined || value === '') return '–';
  const p = tryParsePoints(value);
  if (p === undefined) return value;
  const text = formatPoints(Math.abs(p) as typeof p, locale, decimals === undefined ? {} : { decimals });
  return p > 0 ? `+${text}` : p < 0 ? `−${text}` : text;
}

export function fmtRankChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '–';
  if (change > 0) return `▲ ${change}`;
  if (change < 0) return `▼ ${-change}`;
  return '=';
}
