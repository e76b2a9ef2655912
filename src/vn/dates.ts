/**
 * Dates as written in Vietnamese documents: "26/7/2023", "07/12/2022", "7-12-2022",
 * "ngày 26 tháng 7 năm 2023". Always day first. Output is ISO (YYYY-MM-DD).
 */
import { fold } from './fold';

/** ISO date or null when the parts do not make a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const days = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A date found in text: its ISO value and where it was. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

// Digits with separators; two-digit years are read as 20xx. Spaces around the slash occur in
// PDFs made from spreadsheets ("07 / 10/2021").
const NUMERIC = /(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?![\d/])/g;
// "ngày 26 tháng 7 năm 2023" on folded text (same length as the original, see fold()).
const WORDS = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g;

/** Every date in the text, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const iso = isoDate(y, Number(m[2]), Number(m[1]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  const folded = fold(text, { keepLength: true });
  for (const m of folded.matchAll(WORDS)) {
    const iso = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
    if (iso) out.push({ iso, index: m.index, length: m[0].length });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** The first date in the text, ISO, or null. */
export function parseVnDate(text: string): string | null {
  return findDates(text)[0]?.iso ?? null;
}
