import { describe, expect, it } from 'vitest';
import { shownCode } from './codes';

describe('shownCode', () => {
  it('puts the part in front of codes that restart in every part', () => {
    expect(shownCode('I', '1.2')).toBe('I.1.2');
    expect(shownCode('II', '1.2')).toBe('II.1.2');
    expect(shownCode('II', '6.6.3')).toBe('II.6.6.3');
  });

  it('leaves codes that already carry their field, and names an uncoded row by its part', () => {
    expect(shownCode('1', '1.1.2')).toBe('1.1.2');
    expect(shownCode('2', '2')).toBe('2');
    expect(shownCode('III', null)).toBe('III');
    expect(shownCode(null, '1.2')).toBe('1.2');
    expect(shownCode('', '')).toBe('');
  });
});
