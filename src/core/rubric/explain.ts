/**
 * Small bilingual building blocks shared by the rubric shapes: "3 điểm" / "3 points", quoted
 * labels, the clamp to [0, max] with its sentence, results and input errors.
 */
import { formatPoints, SCALE } from '../points';
import type { Locale, Points } from '../points';
import type { Bilingual } from '../text';
import type { InputError, RubricResult } from './types';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** Builds the same sentence in both languages from one template function. */
export function both(build: (locale: Locale) => string): Bilingual {
  return { vi: build('vi'), en: build('en') };
}

/** "3 điểm" / "3 points", "1 point". */
export function pointsText(p: Points, locale: Locale): string {
  const n = formatPoints(p, locale);
  if (locale === 'vi') return `${n} điểm`;
  return `${n} ${p === SCALE ? 'point' : 'points'}`;
}

/** A level's wording in the locale: English falls back to the original Vietnamese. */
export function labelIn(locale: Locale, label: string, labelEn?: string): string {
  return locale === 'en' && labelEn ? labelEn : label;
}

export function quoted(text: string): string {
  return `"${text}"`;
}

export function inputError(field: string, vi: string, en: string): InputError {
  return { field, vi, en };
}

export function failure(errors: InputError[]): RubricResult {
  return { ok: false, errors };
}

export function success(points: Points, explanation: Bilingual): RubricResult {
  return { ok: true, points, explanation };
}

/**
 * Keeps a computed score inside [0, max]. Criteria sets sometimes give a level more points than
 * the criterion's maximum (or a negative one); the score is capped and the explanation says why.
 */
export function clampToMax(raw: Points, max: Points): { points: Points; note?: Bilingual } {
  if (raw > max) {
    return {
      points: max,
      note: both((l) =>
        l === 'vi'
          ? `vượt điểm tối đa ${formatPoints(max, l)} của tiêu chí → ${pointsText(max, l)}`
          : `exceeds the criterion's maximum of ${formatPoints(max, l)} → ${pointsText(max, l)}`,
      ),
    };
  }
  if (raw < 0) {
    return {
      points: 0 as Points,
      note: both((l) => (l === 'vi' ? `điểm không được âm → ${pointsText(0 as Points, l)}` : `points cannot be negative → ${pointsText(0 as Points, l)}`)),
    };
  }
  return { points: raw };
}

/** "working → 3 điểm", plus ", vượt điểm tối đa 2 … → 2 điểm" when the rubric's own number is out of range. */
export function conclude(working: Bilingual, raw: Points, max: Points): RubricResult {
  const { points, note } = clampToMax(raw, max);
  return success(
    points,
    both((l) => `${working[l]} → ${pointsText(raw, l)}${note ? `, ${note[l]}` : ''}`),
  );
}

/** Digit grouping for a string of digits: "12314" → "12.314" (vi) / "12,314" (en). */
export function groupDigits(digits: string, locale: Locale): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'vi' ? '.' : ',');
}

export function decimalMark(locale: Locale): string {
  return locale === 'vi' ? ',' : '.';
}

/** Counts in the text: 1234 → "1.234" / "1,234". */
export function countText(n: number, locale: Locale): string {
  return `${n < 0 ? '-' : ''}${groupDigits(String(Math.abs(n)), locale)}`;
}

/** Describes a value that is not what we expected, for error messages. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  return Array.isArray(value) ? 'array' : typeof value;
}
