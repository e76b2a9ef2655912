// What a person typed into a count, numerator or denominator box, read the way Vietnamese
// documents write numbers: "1.234" is one thousand two hundred and thirty-four (not 1), "0,5" a
// half (not 5), "1 234" too. A box that only took digits turned "1.234" into 1 and "1,5" into 15
// and saved them silently. A trailing mark ("1.") is a number still being typed; anything else
// that is not a number is named to the person instead of being dropped or guessed.
import { normalizeVnNumber } from '../../../../src/vn/numbers';
import type { Locale } from '../../api/types';

export type NumberText = { kind: 'empty' } | { kind: 'typing' } | { kind: 'number'; value: number } | { kind: 'invalid' };

export function readNumberText(text: string): NumberText {
  const t = text.trim();
  if (t === '') return { kind: 'empty' };
  if (/^[+-]?\d[\d.,\s\u00a0]*[.,]$/.test(t) || t === '-' || t === '+') return { kind: 'typing' };
  // 'integer': a single mark before exactly three digits groups thousands ("12.314" = 12314):
  // these boxes hold counts of files, reports and documents.
  const s = normalizeVnNumber(t, 'integer');
  if (s === null) return { kind: 'invalid' };
  const value = Number(s);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A saved number as the box shows it: 1.234 and 0,5 in Vietnamese, 1,234 and 0.5 in English. */
export function showNumber(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 10, useGrouping: true }).format(value);
}
