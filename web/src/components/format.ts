// Dates and times the way each language writes them: 15/10/2025 in Vietnamese, 15 Oct 2025 in English.
import type { Locale } from '../api/types';

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (locale === 'vi') return `${d}/${mo}/${y}`;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The language parameter is kept for callers; both languages write day-first here. */
export function formatDateTime(iso: string, _locale?: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Day first in both languages (22/11/2026 08:15:03), in Vietnam's time zone, where the work happens.
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${get('hour')}:${get('minute')}:${get('second')}`;
  return `${get('day')}/${get('month')}/${get('year')} ${time}`;
}
