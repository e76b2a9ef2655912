/**
 * Calendar dates as ISO text ('YYYY-MM-DD'), with whole-day arithmetic done on integers.
 * No time zones and no `Date` objects: a document dated 15/01/2023 is that day everywhere, and
 * `new Date('2023-01-15')` would drag UTC/local offsets (and two-digit-year quirks) into scoring.
 */

export interface CivilDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses 'YYYY-MM-DD' strictly (real calendar day, four-digit year ≥ 1); undefined otherwise. */
export function parseIsoDate(text: unknown): CivilDate | undefined {
  if (typeof text !== 'string') return undefined;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(text: unknown): text is string {
  return parseIsoDate(text) !== undefined;
}

/**
 * Days since 1970-01-01 of a civil date (proleptic Gregorian). Counting whole 400-year eras
 * keeps it exact for any four-digit year; March-based years put the leap day last.
 */
export function dayNumber(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (date.month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Whole days from `from` to `to` (positive when `to` is later). Both must be valid ISO dates. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not ISO dates: ${from}, ${to}`);
  return dayNumber(b) - dayNumber(a);
}

/** Compares two valid ISO dates: negative, 0 or positive (their text order is their date order). */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** dd/mm/yyyy, as Vietnamese documents write dates: '2023-01-15' → '15/01/2023'. */
export function formatDateVi(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${pad2(d.day)}/${pad2(d.month)}/${String(d.year).padStart(4, '0')}`;
}

/** Month abbreviations, fixed here rather than taken from Intl (whose en-GB data writes "Sept" in some ICU versions). */
export const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** '2023-01-05' → '5 Jan 2023': day first with the month in words, so no reader takes it for mm/dd. */
export function formatDateEn(iso: string): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${d.day} ${MONTHS_EN[d.month - 1]} ${String(d.year).padStart(4, '0')}`;
}

/** Vietnamese: dd/mm/yyyy; English: '5 Jan 2023' (the web app writes dates the same way, web/src/components/format.ts). */
export function formatDate(iso: string, locale: 'vi' | 'en'): string {
  return locale === 'vi' ? formatDateVi(iso) : formatDateEn(iso);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/**
 * A yearly deadline written without its year ("01-10" = 10 January of every year), as criteria
 * sets state them ("trước ngày 10/01 hằng năm"). True for a month-day that exists in a leap year.
 */
export function isMonthDay(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const m = MONTH_DAY.exec(text);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

/**
 * The date of a deadline: an ISO date as it is, a yearly "MM-DD" in the given year (29 February
 * falls back to the 28th in common years). undefined when it is neither.
 */
export function resolveDeadline(deadline: string, year: number): string | undefined {
  if (isIsoDate(deadline)) return deadline;
  const m = MONTH_DAY.exec(deadline);
  if (!m || !isMonthDay(deadline)) return undefined;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const d = Math.min(day, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
