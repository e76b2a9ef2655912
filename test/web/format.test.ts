import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../web/src/components/format';

describe('web date formatting', () => {
  it('writes dates and date-times in one style per language', () => {
    expect(formatDate('2026-01-10', 'vi')).toBe('10/01/2026');
    expect(formatDate('2026-01-10', 'en')).toBe('10 Jan 2026');
    expect(formatDate('2026-09-05T10:00:00Z', 'en')).toBe('5 Sep 2026');
    expect(formatDate(null, 'en')).toBe('');
    // 03:25:03 UTC is 10:25:03 in Vietnam (UTC+7), whatever the machine's zone.
    expect(formatDateTime('2026-11-22T03:25:03.000Z', 'vi')).toBe('22/11/2026 10:25');
    expect(formatDateTime('2026-11-22T03:25:03.000Z', 'en')).toBe('22 Nov 2026, 10:25');
    expect(formatDateTime('2026-11-22T03:25:03.000Z', 'vi', { seconds: true })).toBe('22/11/2026 10:25:03');
    // Past midnight in Vietnam is already the next day.
    expect(formatDateTime('2026-12-31T17:05:00.000Z', 'en')).toBe('1 Jan 2027, 00:05');
    expect(formatDateTime('not a time', 'en')).toBe('not a time');
  });
});
