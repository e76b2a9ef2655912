import { describe, expect, it } from 'vitest';
import { monthDay } from '../../web/src/components/assessment/deadline';

describe('monthDay', () => {
  it('reads a yearly deadline the way each language writes dates', () => {
    expect(monthDay('01-20', 'vi')).toBe('20/01');
    expect(monthDay('01-20', 'en')).toBe('20 Jan');
    expect(monthDay('02-29', 'en')).toBe('29 Feb');
  });
});
