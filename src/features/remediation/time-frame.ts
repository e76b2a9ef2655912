// When a remediation row's time frame ("Thời gian thực hiện") ends, read from the free text the
// unit wrote: "30/6/2027", "Quý II/2027", "Tháng 9/2027", "6 tháng đầu năm 2027", "Năm 2027",
// "Q3 2027". The latest end mentioned counts ("Quý I – Quý II/2027" ends 30/6/2027). Text that
// names no year ("Thường xuyên", "Hằng quý") has no end and is never overdue.
import { daysInMonth } from '../../core/dates';
import { findDates, fold, isoDate } from '../../vn';

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, daysInMonth(year, month));
}

/** ISO date the time frame ends, or null when the text gives none. */
export function timeFrameEnd(text: string): string | null {
  const ends: string[] = [];
  const push = (iso: string | null) => {
    if (iso) ends.push(iso);
  };
  for (const d of findDates(text)) push(d.iso);
  // Folded (no tones, lower case) so "Quý", "quy", "QUÝ" and OCR'd text read the same.
  const t = fold(text).toLowerCase();
  // Quý II/2027, quý 2 năm 2027, Q2/2027, Q2 2027; "quý I - quý II/2027" takes the year after the last.
  for (const m of t.matchAll(/\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|-|nam)\s*|\s+)?(\d{4})?/g)) {
    const q = ROMAN[m[1]!] ?? Number(m[1]);
    const year = m[2] ? Number(m[2]) : yearAfter(t, (m.index ?? 0) + m[0].length);
    if (year) push(endOfMonth(year, q * 3));
  }
  // tháng 9/2027, tháng 9 năm 2027, tháng 09-2027
  for (const m of t.matchAll(/\bthang\s*(\d{1,2})\s*(?:\/|-|nam)\s*(\d{4})\b/g)) push(endOfMonth(Number(m[2]), Number(m[1])));
  // 6 tháng đầu năm 2027 / 6 tháng cuối năm 2027
  for (const m of t.matchAll(/\b6\s*thang\s*(dau|cuoi)\s*nam\s*(\d{4})\b/g)) push(endOfMonth(Number(m[2]), m[1] === 'dau' ? 6 : 12));
  // A bare month/year "09/2027" (not part of a full date, which findDates has read).
  for (const m of t.matchAll(/(?<![\d/.-])(\d{1,2})\s*\/\s*(\d{4})(?![\d/])/g)) push(endOfMonth(Number(m[2]), Number(m[1])));
  // A year alone ("Năm 2027", "2027", "trong năm 2027") when nothing finer was written.
  if (ends.length === 0) for (const m of t.matchAll(/(?<![\d/.-])(20\d{2})(?![\d/])/g)) push(endOfMonth(Number(m[1]), 12));
  return ends.length === 0 ? null : ends.reduce((a, b) => (b > a ? b : a));
}

/** The first four-digit year after `from` in the text, for "quý I - quý II/2027". */
function yearAfter(t: string, from: number): number | null {
  const m = /(?<!\d)(20\d{2})(?!\d)/.exec(t.slice(from));
  return m ? Number(m[1]) : null;
}

/** Not done and its time frame ended before today (ISO). */
export function isOverdue(status: string, timeFrame: string, today: string): boolean {
  if (status === 'done') return false;
  const end = timeFrameEnd(timeFrame);
  return end !== null && end < today;
}
