// Number labels inside charts, in the reader's language (93,25 / 93.25).
import type { Locale } from '../../api/types';

export function chartNumber(value: number | null | undefined, locale: Locale, decimals = 2): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

export function chartPercent(value: number | null | undefined, locale: Locale): string {
  const n = chartNumber(value, locale);
  return n === '–' ? n : `${n}%`;
}

/** Band colours by position (A/Tốt first), the same in every chart and tag. */
export const BAND_COLORS = ['#389e0d', '#1677ff', '#d48806', '#cf1322', '#8c8c8c'];
