import { describe, it, expect } from 'vitest';
import { fold, foldOcr, nfc } from './fold';
import { similarity } from './similarity';

describe('fold', () => {
  it('lower-cases, strips tones and marks, maps đ and collapses spaces', () => {
    expect(fold('Kế hoạch  CCHC   năm')).toBe('ke hoach cchc nam');
    expect(fold('ĐIỀU HÀNH')).toBe('dieu hanh');
    // Decomposed input (a PDF's "ngày" with a combining grave) folds the same.
    expect(fold('nga\u0300y')).toBe('ngay');
  });
  it('keeps length when asked, so indexes stay valid', () => {
    const s = nfc('Kế hoạch số 5');
    expect(fold(s, { keepLength: true })).toHaveLength(s.length);
  });
  it('repairs OCR digit/letter confusions inside words only', () => {
    expect(foldOcr('Ké hoach s6 52/KH-UBND')).toBe('ke hoach so 52/kh-ubnd');
    expect(foldOcr('năm 2022 mục 1.3.1')).toBe('nam 2022 muc 1.3.1');
  });
});

describe('similarity', () => {
  it('matches names across lost diacritics and OCR slips', () => {
    expect(similarity('Ké hoach s6 52/KH-UBND', 'Kế hoạch số 52/KH-UBND')).toBe(1);
    expect(similarity('Ban hanh ke hoach CCHC nam', 'Ban hành kế hoạch CCHC năm')).toBe(1);
    expect(similarity('Ban hành kế hoạch CCHC hằng năm', 'Ban hành kế hoạch CCHC năm')).toBeGreaterThan(0.8);
  });
  it('keeps unrelated names apart', () => {
    expect(similarity('Cải cách tài chính công', 'Kiểm tra công tác CCHC')).toBeLessThan(0.4);
  });
});
