import { describe, it, expect } from 'vitest';
import { normalizeVnNumber, parseVnNumber, parsePercent } from './numbers';

describe('parseVnNumber', () => {
  it('reads decimal comma and decimal point', () => {
    expect(parseVnNumber('0,5')).toBe(0.5);
    expect(parseVnNumber('0.5')).toBe(0.5);
    expect(parseVnNumber('15,5')).toBe(15.5);
    expect(parseVnNumber('1.5')).toBe(1.5);
  });
  it('reads dot thousands and mixed marks', () => {
    expect(parseVnNumber('47.466.000.000')).toBe(47466000000);
    expect(parseVnNumber('47.466.000.000đ')).toBe(47466000000);
    expect(parseVnNumber('1.234,5')).toBe(1234.5);
    expect(parseVnNumber('1,234.5')).toBe(1234.5);
    expect(parseVnNumber('1,234,567')).toBe(1234567);
  });
  it('resolves "12.314" by context: thousands unless points are expected', () => {
    expect(parseVnNumber('12.314')).toBe(12314);
    expect(parseVnNumber('12.314', 'integer')).toBe(12314);
    expect(parseVnNumber('12.314', 'decimal')).toBe(12.314);
    expect(parseVnNumber('0.125')).toBe(0.125);
    // A single comma is the Vietnamese decimal mark unless integers are expected.
    expect(parseVnNumber('1,234')).toBe(1.234);
    expect(parseVnNumber('1,234', 'integer')).toBe(1234);
  });
  it('rejects what is not a number', () => {
    expect(parseVnNumber('12.31.4')).toBeNull();
    expect(parseVnNumber('abc')).toBeNull();
    expect(parseVnNumber('4/3/2022')).toBeNull();
    expect(parseVnNumber('')).toBeNull();
  });
  it('keeps canonical text for exact points', () => {
    expect(normalizeVnNumber('8,0')).toBe('8');
    expect(normalizeVnNumber('-1,50')).toBe('-1.5');
    expect(normalizeVnNumber('007')).toBe('7');
  });
  it('reads percentages in hundredths', () => {
    expect(parsePercent('99,4%')).toBe(9940);
    expect(parsePercent('25,85')).toBe(2585);
    expect(parsePercent('100%')).toBe(10000);
  });
});
