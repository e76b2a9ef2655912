// The self-assessment form's count and ratio boxes read numbers as Vietnamese documents write them.
import { describe, expect, it } from 'vitest';
import { readNumberText, showNumber } from '../../web/src/components/assessment/number-text';

describe('readNumberText', () => {
  it('reads dot thousands and decimal commas the Vietnamese way', () => {
    expect(readNumberText('1.234')).toEqual({ kind: 'number', value: 1234 });
    expect(readNumberText('47.466')).toEqual({ kind: 'number', value: 47466 });
    expect(readNumberText('1.234.567')).toEqual({ kind: 'number', value: 1234567 });
    expect(readNumberText('1 500')).toEqual({ kind: 'number', value: 1500 });
    expect(readNumberText('1,5')).toEqual({ kind: 'number', value: 1.5 });
    expect(readNumberText(' 95 ')).toEqual({ kind: 'number', value: 95 });
  });

  it('passes negative numbers on, so the server can say why they are refused', () => {
    expect(readNumberText('-3')).toEqual({ kind: 'number', value: -3 });
  });

  it('tells a number still being typed from text that is not a number', () => {
    expect(readNumberText('')).toEqual({ kind: 'empty' });
    expect(readNumberText('1.')).toEqual({ kind: 'typing' });
    expect(readNumberText('1.23')).toEqual({ kind: 'number', value: 1.23 });
    expect(readNumberText('-')).toEqual({ kind: 'typing' });
    expect(readNumberText('abc')).toEqual({ kind: 'invalid' });
    expect(readNumberText('12abc')).toEqual({ kind: 'invalid' });
    expect(readNumberText('1,2,3')).toEqual({ kind: 'invalid' });
  });

  it('shows a saved number so that reading it back gives the same number', () => {
    for (const [value, locale, shown] of [
      [1234, 'vi', '1.234'],
      [1.5, 'vi', '1,5'],
      [1234, 'en', '1,234'],
      [0.5, 'en', '0.5'],
    ] as const) {
      expect(showNumber(value, locale)).toBe(shown);
      expect(readNumberText(shown)).toEqual({ kind: 'number', value });
    }
    expect(showNumber(null, 'vi')).toBe('');
  });
});
