import { describe, expect, it } from 'vitest';
import { PointsError, points } from '../points';
import { rescaleTo } from './rescale';
import { p } from './testing';

describe('rescaleTo', () => {
  it('rescales appraised points to 100 exactly', () => {
    expect(rescaleTo(p('71,2'), points(80), points(100))).toBe(p('89'));
    expect(rescaleTo(p('60'), points(90), points(100))).toBe(p('66,6667'));
  });

  it('rounds once, with the rule asked for', () => {
    expect(rescaleTo(p('2'), points(3), points(1))).toBe(p('0,6667'));
    expect(rescaleTo(p('2'), points(3), points(1), 'down')).toBe(p('0,6666'));
    expect(rescaleTo(p('1'), points(3), points(1), 'up')).toBe(p('0,3334'));
  });

  it('refuses a non-positive maximum', () => {
    expect(() => rescaleTo(p('1'), points(0), points(100))).toThrow(PointsError);
  });
});
