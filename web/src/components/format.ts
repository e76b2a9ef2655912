// Dates and times the way each language writes them, one style across the app:
// Vietnamese 15/10/2025 and 15/10/2025 08:15; English 15 Oct 2025 and 15 Oct 2025, 08:15.
// Times are shown in Vietnam's time zone, where the work happens, whatever the browser's zone.
import { formatDate as formatCivilDate } from '../../../src/core/dates';
import type { Locale } from '../api/types';

/** A calendar date ('2025-10-15', or the date part of a timestamp) without any time-zone shift. */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(iso);
  if (!m) return iso;
  return formatCivilDate(m[1]!, locale);
}

/**
 * A moment (ISO timestamp) as a date and a 24-hour time in Vietnam. Seconds only where they
 * matter (the audit log orders events within a minute).
 */
export function formatDateTime(iso: string, locale: Locale, options: { seconds?: boolean } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
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
  // Some engines write midnight as "24" with hour12: false; it is 00 of the same day.
  const hour = get('hour') === '24' ? '00' : get('hour');
  const time = `${hour}:${get('minute')}${options.seconds ? `:${get('second')}` : ''}`;
  const day = formatCivilDate(`${get('year')}-${get('month')}-${get('day')}`, locale);
  return locale === 'vi' ? `${day} ${time}` : `${day}, ${time}`;
}
