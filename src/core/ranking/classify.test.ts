import { describe, expect, it } from 'vitest';
import type { ClassificationBand } from '../framework';
import { classify } from './classify';

const national: ClassificationBand[] = [
  { code: 'C', label: { vi: 'Nhóm C', en: 'Group C' }, minIndex: 7000 },
  { code: 'A', label: { vi: 'Nhóm A', en: 'Group A' }, minIndex: 9000 },
  { code: 'B', label: { vi: 'Nhóm B', en: 'Group B' }, minIndex: 8000 },
];

const province: ClassificationBand[] = [
  { code: 'tot', label: { vi: 'Tốt', en: 'Good' }, minIndex: 8500 },
  { code: 'kha', label: { vi: 'Khá', en: 'Fair' }, minIndex: 7000 },
  { code: 'tb', label: { vi: 'Trung bình', en: 'Average' }, minIndex: 5000 },
  { code: 'yeu', label: { vi: 'Yếu', en: 'Weak' }, minIndex: 0 },
];

describe('classify', () => {
  it('picks the highest band whose lower bound is reached ("từ X đến dưới Y")', () => {
    expect(classify(9000, national)?.code).toBe('A');
    expect(classify(8999, national)?.code).toBe('B');
    expect(classify(8000, national)?.code).toBe('B');
    expect(classify(7000, national)?.code).toBe('C');
    expect(classify(10_000, national)?.code).toBe('A');
  });

  it('leaves an index below every band, or no index, unclassified', () => {
    expect(classify(6999, national)).toBeNull();
    expect(classify(null, national)).toBeNull();
    expect(classify(5000, [])).toBeNull();
  });

  it("classifies with a province's Tốt / Khá / Trung bình / Yếu", () => {
    expect(classify(8712, province)?.label.vi).toBe('Tốt');
    expect(classify(7350, province)?.label.vi).toBe('Khá');
    expect(classify(4999, province)?.label).toEqual({ vi: 'Yếu', en: 'Weak' });
    expect(classify(0, province)?.code).toBe('yeu');
  });

  it('lets the first listed band win when two start at the same index', () => {
    const twice: ClassificationBand[] = [
      { code: 'x', label: { vi: 'X', en: 'X' }, minIndex: 5000 },
      { code: 'y', label: { vi: 'Y', en: 'Y' }, minIndex: 5000 },
    ];
    expect(classify(6000, twice)?.code).toBe('x');
  });
});
