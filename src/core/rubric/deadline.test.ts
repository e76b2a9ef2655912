import { describe, it, expect } from 'vitest';
import { points } from '../points';
import { evaluateRubric } from './evaluate';
import { planIssued, selfAssessmentReport } from './examples';
import type { Example } from './examples';
import type { RubricContext, RubricResult } from './types';

const run = (ex: Example, date: unknown, ctx: Partial<RubricContext> = {}): RubricResult =>
  evaluateRubric(ex.rubric, { type: 'date', date } as never, { max: ex.max, deadline: '2023-01-10', ...ctx });

function ok(r: RubricResult) {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
}

describe('1.1 "Trước và đúng thời gian quy định 2 / Chậm dưới 10 ngày 1 / Không ban hành hoặc chậm từ 10 ngày trở lên 0"', () => {
  it('5 days late → 1 điểm, with dates in dd/mm/yyyy', () => {
    const r = ok(run(planIssued, '2023-01-15'));
    expect(r.points).toBe(points(1));
    expect(r.explanation.vi).toBe('Văn bản ngày 15/01/2023, hạn 10/01/2023: chậm 5 ngày → Chậm dưới 10 ngày so với thời gian quy định → 1 điểm');
    expect(r.explanation.en).toBe('Document dated 15 Jan 2023, deadline 10 Jan 2023: 5 days late → Chậm dưới 10 ngày so với thời gian quy định → 1 point');
  });

  it('on the deadline and early are on time', () => {
    expect(ok(run(planIssued, '2023-01-10')).explanation.vi).toBe('Văn bản ngày 10/01/2023, hạn 10/01/2023: đúng hạn → Trước và đúng thời gian quy định → 2 điểm');
    const early = ok(run(planIssued, '2022-12-28'));
    expect(early.points).toBe(points(2));
    expect(early.explanation.vi).toContain('sớm 13 ngày');
    expect(early.explanation.en).toContain('13 days early');
  });

  it('9 days late is "chậm dưới 10 ngày", 10 days is "từ 10 ngày trở lên"', () => {
    expect(ok(run(planIssued, '2023-01-19')).points).toBe(points(1));
    expect(ok(run(planIssued, '2023-01-20')).points).toBe(0);
    expect(ok(run(planIssued, '2023-01-20')).explanation.vi).toContain('chậm 10 ngày → Không ban hành hoặc ban hành chậm từ 10 ngày trở lên → 0 điểm');
  });

  it('counts across month ends and leap days', () => {
    expect(ok(run(planIssued, '2024-03-05', { deadline: '2024-02-25' })).explanation.vi).toContain('chậm 9 ngày');
  });

  it('no document (null) scores missingPoints', () => {
    const r = ok(run(planIssued, null));
    expect(r.points).toBe(0);
    expect(r.explanation.vi).toBe('Không có văn bản (hạn 10/01/2023) → Không ban hành hoặc ban hành chậm từ 10 ngày trở lên → 0 điểm');
    expect(r.explanation.en).toBe('No document (deadline 10 Jan 2023) → Không ban hành hoặc ban hành chậm từ 10 ngày trở lên → 0 points');
  });

  it("the rubric's own deadline wins over the period's", () => {
    const rubric = { ...planIssued, rubric: { ...planIssued.rubric, deadline: '2023-01-20' } } as Example;
    expect(ok(run(rubric, '2023-01-20', { deadline: '2023-01-10' })).points).toBe(points(2));
  });
});

describe('III "Theo đúng thời gian yêu cầu 2 / Quá từ 01 đến 03 ngày 1 / Quá 03 ngày 0"', () => {
  it('takes the tightest tier that admits the delay', () => {
    expect(ok(run(selfAssessmentReport, '2023-01-11')).points).toBe(points(1));
    expect(ok(run(selfAssessmentReport, '2023-01-13')).points).toBe(points(1));
    expect(ok(run(selfAssessmentReport, '2023-01-14')).points).toBe(0);
  });
});

describe('date validation', () => {
  const errorsOf = (date: unknown, ctx: Partial<RubricContext> = {}) => {
    const r = run(planIssued, date, ctx);
    if (r.ok) throw new Error('expected errors');
    return r.errors;
  };

  it('a rubric without a deadline, in neither the criteria set nor the period', () => {
    const errors = errorsOf('2023-01-15', { deadline: undefined });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('deadline');
    expect(errors[0]!.vi).toContain('chưa có hạn');
    expect(errorsOf(null, { deadline: undefined })[0]!.field).toBe('deadline');
  });

  it('dates that are not ISO dates', () => {
    expect(errorsOf('15/01/2023')[0]).toEqual({
      field: 'date',
      vi: 'Ngày văn bản không phải là ngày hợp lệ dạng YYYY-MM-DD (đang là "15/01/2023")',
      en: 'The document date is not a valid date in YYYY-MM-DD form (got "15/01/2023")',
    });
    expect(errorsOf('2023-02-30')[0]!.field).toBe('date');
    expect(errorsOf(20230115)[0]!.field).toBe('date');
    expect(errorsOf('2023-01-15', { deadline: '10/01/2023' })[0]!.field).toBe('deadline');
  });

  it('dates outside the period', () => {
    const ctx = { periodStart: '2023-01-01', periodEnd: '2023-10-15' };
    expect(errorsOf('2022-12-20', { ...ctx, deadline: '2022-12-01' })[0]!.vi).toBe('Ngày văn bản 20/12/2022 trước ngày bắt đầu kỳ đánh giá 01/01/2023');
    expect(errorsOf('2023-10-16', ctx)[0]!.en).toBe('The document date 16 Oct 2023 is after the end of the assessment period 15 Oct 2023');
    expect(ok(run(planIssued, '2023-10-15', ctx)).points).toBe(0);
  });

  it('a plan signed before the data window opens is on time, not out of the period', () => {
    const r = ok(run(planIssued, '2022-12-28', { periodStart: '2023-01-01', periodEnd: '2023-10-15' }));
    expect(r.points).toBe(points(2));
    expect(r.explanation.vi).toContain('sớm 13 ngày');
  });

  it('a deadline after the data window closes accepts documents up to a year past it', () => {
    const ctx = { periodStart: '2026-01-01', periodEnd: '2026-09-30', deadline: '2026-10-15' };
    const onTime = ok(run(planIssued, '2026-10-10', ctx));
    expect(onTime.points).toBe(points(2));
    expect(onTime.explanation.vi).toContain('sớm 5 ngày');
    expect(ok(run(planIssued, '2026-10-20', ctx)).points).toBe(points(1));
    expect(errorsOf('2027-10-16', ctx)[0]!.vi).toBe('Ngày văn bản 16/10/2027 sau ngày kết thúc kỳ đánh giá 15/10/2027');
    // A deadline inside the window keeps the window's end.
    expect(errorsOf('2026-10-01', { ...ctx, deadline: '2026-09-01' })[0]!.field).toBe('date');
  });

  it('an early document may precede the window by up to a year before the deadline, not more', () => {
    const ctx = { periodStart: '2026-01-01', periodEnd: '2026-09-30', deadline: '2026-01-20' };
    expect(ok(run(planIssued, '2025-12-15', ctx)).points).toBe(points(2));
    expect(ok(run(planIssued, '2025-01-20', ctx)).points).toBe(points(2));
    expect(errorsOf('2016-01-15', ctx)[0]!.vi).toBe('Ngày văn bản 15/01/2016 sớm hơn hạn 20/01/2026 quá một năm và trước kỳ đánh giá: kiểm tra lại năm');
    expect(errorsOf('2016-01-15', ctx)[0]!.en).toBe('The document date 15 Jan 2016 is more than a year before the deadline 20 Jan 2026 and before the period: check the year');
  });

  it('a yearly deadline "MM-DD" falls in the year the data window ends', () => {
    const yearly = { ...planIssued, rubric: { ...planIssued.rubric, deadline: '01-20' } } as Example;
    const ctx = { periodStart: '2026-01-01', periodEnd: '2026-10-15', deadline: undefined };
    const r = ok(run(yearly, '2026-01-25', ctx));
    expect(r.points).toBe(points(1));
    expect(r.explanation.vi).toBe('Văn bản ngày 25/01/2026, hạn 20/01/2026: chậm 5 ngày → Chậm dưới 10 ngày so với thời gian quy định → 1 điểm');
    expect(errorsOf('2026-01-25', { deadline: '02-30' })[0]!.field).toBe('deadline');
    const noYear = evaluateRubric(yearly.rubric, { type: 'date', date: '2026-01-25' }, { max: yearly.max });
    expect(!noYear.ok && noYear.errors[0]!.en).toBe('The yearly deadline "01-20" needs the period\'s year');
  });

  it('a delay no tier covers is an error, not a silent zero', () => {
    const noOpenTier = { ...planIssued, rubric: { type: 'deadline', tiers: [{ maxDaysLate: 0, points: points(2), label: 'Đúng hạn' }], missingPoints: points(0) } } as Example;
    const r = run(noOpenTier, '2023-01-12');
    expect(!r.ok && r.errors[0]!.vi).toBe('Văn bản ngày 12/01/2023, hạn 10/01/2023: chậm 2 ngày, nhưng không có mức nào trong cách tính điểm áp dụng cho văn bản chậm 2 ngày');
  });
});
