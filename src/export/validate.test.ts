import { describe, expect, it } from 'vitest';
import type { Points } from '../core/points';
import { selfAssessmentReportModel } from './build/self-assessment';
import { rankingModel } from './build/ranking';
import { sampleRanking, sampleReport } from './testing/sample';
import { ExportError } from './validate';

function error(fn: () => unknown): ExportError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExportError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('input checks', () => {
  it('names the row and field of a bad score in both languages', () => {
    const input = sampleReport();
    input.rows[3] = { ...input.rows[3]!, self: 0.5 as Points };
    const e = error(() => selfAssessmentReportModel(input));
    expect(e.text.vi).toBe('Dòng 4 (1.1.2): điểm tự đánh giá: giá trị điểm không hợp lệ (0.5)');
    expect(e.text.en).toBe('Row 4 (1.1.2): self score: invalid points value (0.5)');
  });

  it('refuses a bad date, an empty signer and an empty table', () => {
    expect(error(() => selfAssessmentReportModel({ ...sampleReport(), frame: { ...sampleReport().frame, date: '2026-02-30' } })).text.vi).toContain('Ngày ban hành');
    const noName = sampleReport();
    noName.frame = { ...noName.frame, signature: { position: 'GIÁM ĐỐC', name: ' ' } };
    expect(error(() => selfAssessmentReportModel(noName)).text.en).toBe('Signer name: must not be empty');
    expect(error(() => selfAssessmentReportModel({ ...sampleReport(), rows: [] })).text.en).toBe('The summary table has no rows');
  });

  it('checks that every ranking row has one score per field', () => {
    const input = sampleRanking(3);
    input.rows[1] = { ...input.rows[1]!, fieldPoints: input.rows[1]!.fieldPoints.slice(1) };
    expect(error(() => rankingModel(input)).text.vi).toMatch(/^Dòng 2 \(.+\): có 6 cột điểm lĩnh vực, cần 7$/);
  });
});
