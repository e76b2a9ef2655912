/**
 * Text conventions of Vietnamese official documents (ND30/2020) shared by every writer.
 */
import { formatIndex, formatPoints, type Points } from '../core/points';
import type { DocumentFrame } from './types';

/** Points as printed in documents: "0,5", "93", "1.234,5". */
export function pointsText(p: Points | null | undefined): string {
  return p === null || p === undefined ? '' : formatPoints(p, 'vi');
}

/** An index (hundredths of a percent) as "93,00". */
export function indexText(hundredths: number | undefined): string {
  return hundredths === undefined ? '' : formatIndex(hundredths, 'vi');
}

/**
 * Text from users may come decomposed (combining marks, as in PDFs made by old tools); fonts
 * and readers handle precomposed NFC best, so everything printed goes through here.
 */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses an ISO date into its parts, or undefined when it is not a real calendar date. */
export function dateParts(iso: string): { y: number; m: number; d: number } | undefined {
  const match = ISO.exec(iso);
  if (!match) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return { y, m, d };
}

/**
 * "ngày 05 tháng 3 năm 2026". ND30 (Phụ lục I, mục II.5): days below 10 and months below 3 take
 * a leading zero, so nobody can turn "1" into "11" or "12" after signing.
 */
export function longDate(iso: string | undefined, year?: number): string {
  const parts = iso === undefined ? undefined : dateParts(iso);
  if (!parts) return `ngày     tháng     năm ${year ?? ''}`.trimEnd();
  const day = parts.d < 10 ? `0${parts.d}` : String(parts.d);
  const month = parts.m < 3 ? `0${parts.m}` : String(parts.m);
  return `ngày ${day} tháng ${month} năm ${parts.y}`;
}

/** "05/12/2026" for references inside text. */
export function shortDate(iso: string | undefined): string {
  const parts = iso === undefined ? undefined : dateParts(iso);
  if (!parts) return '…';
  return `${String(parts.d).padStart(2, '0')}/${String(parts.m).padStart(2, '0')}/${parts.y}`;
}

/** "Hạ Long, ngày 05 tháng 12 năm 2026". */
export function placeAndDate(frame: DocumentFrame): string {
  return `${frame.place}, ${longDate(frame.date, frame.year)}`;
}

/** Blank left for the number when the clerk assigns it at registration. */
const BLANK_NUMBER = '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';

/** "123/BC-STP", or "      /BC-STP" before registration. */
export function numberAndSymbol(number: string | undefined, symbol: string): string {
  const n = number?.trim();
  return `${n ? n : BLANK_NUMBER}/${symbol}`;
}

/** "Số: 123/BC-STP". */
export function numberLine(frame: DocumentFrame): string {
  return `Số: ${numberAndSymbol(frame.number, frame.symbol)}`;
}

/** Document kinds in sentence case for references: "BÁO CÁO" → "Báo cáo". */
export function kindInText(kind: string): string {
  const lower = kind.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "(Kèm theo Báo cáo số 123/BC-STP ngày 05/12/2026 của Sở Tư pháp)". */
export function attachedTo(kind: string, number: string | undefined, symbol: string, date: string | undefined, issuer: string): string {
  return `(Kèm theo ${kindInText(kind)} số ${numberAndSymbol(number, symbol)} ngày ${shortDate(date)} của ${issuer})`;
}

/** "Nơi nhận" lines: each ends with ";", the archive line last with ".". */
export function recipientsWithArchive(frame: DocumentFrame): string[] {
  const lines = frame.recipients.map((r) => r.trim()).filter((r) => r.length > 0);
  const archive = (frame.archive ?? 'Lưu: VT').trim().replace(/[;.]$/, '');
  return [...lines.map((r) => (/[;.]$/.test(r) ? r : `${r};`)), `${archive}.`];
}
