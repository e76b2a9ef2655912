import { describe, expect, it } from 'vitest';
import { appraisalSnapshot, presentHistoryValue } from './present';

describe('appraisal history values', () => {
  it('records points as decimal strings', () => {
    expect(appraisalSnapshot({ type: 'manual', points: '0.75' }, 7500, 'Thiếu văn bản')).toEqual({ appraisal: { input: { type: 'manual', points: '0.75' }, points: '0.75', comment: 'Thiếu văn bản' } });
    expect(appraisalSnapshot(null, null, '')).toEqual({ appraisal: { input: null, points: null, comment: '' } });
  });

  it('turns entries stored with integer points (10 000ths) into decimal strings, and leaves the rest alone', () => {
    expect(presentHistoryValue({ appraisal: { input: null, points: 5000, comment: 'x' } })).toEqual({ appraisal: { input: null, points: '0.5', comment: 'x' } });
    expect(presentHistoryValue({ appraisal: { points: '1.25' } })).toEqual({ appraisal: { points: '1.25' } });
    expect(presentHistoryValue({ points: '3', note: 'n' })).toEqual({ points: '3', note: 'n' });
    expect(presentHistoryValue(null)).toBeNull();
  });
});
