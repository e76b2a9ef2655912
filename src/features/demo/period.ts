import type { CriterionDeadline, PutPeriodDeadlines } from '../../shared/api/periods';

export const DEMO_PERIOD_NAME = 'Đánh giá Chỉ số CCHC năm 2026';

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

interface DemoDeadline {
  /** The date in the period's year Y (the year its data window ends). */
  date: (year: number, period: { selfAssessmentDeadline: string }) => string;
  note: string;
}

// Notes are the organiser's own words (data, like the criteria's names), so Vietnamese only.
const ASSUMED = 'Hạn giả định cho dữ liệu mẫu';

/**
 * Deadlines for the leaves of the bundled criteria set (frameworks/department-2023.yaml) that
 * state none. Where a legal text fixes the date it is named in the note; the others are
 * plausible dates marked as assumed, which an organiser replaces with the province's own.
 */
const BUNDLED: Record<string, DemoDeadline> = {
  // Evaluation and classification of officials: before 15 December every year (Nghị định
  // 90/2020/NĐ-CP, Điều 20); the index of year Y looks at the evaluation done for year Y − 1.
  'II.4.3': { date: (y) => `${y - 1}-12-15`, note: 'Trước ngày 15/12 hằng năm (Nghị định 90/2020/NĐ-CP, Điều 20)' },
  // Legal documents the department is tasked to draft: a half-year date stands in for the
  // dates each assigning document sets.
  'II.1.1.2': { date: (y) => `${y}-06-30`, note: ASSUMED },
  // The district's request to amend the department's founding decision.
  'II.3.1': { date: (y) => `${y}-03-31`, note: ASSUMED },
  // Last year's self-management report (Nghị định 130/2005/NĐ-CP) and last year's accounts.
  'II.5.1.1': { date: (y) => `${y}-02-28`, note: ASSUMED },
  'II.5.3': { date: (y) => `${y}-03-31`, note: ASSUMED },
  // Part III scores the self-assessment report itself: due when the period says it is.
  'III.#1': { date: (_y, p) => p.selfAssessmentDeadline, note: 'Hạn nộp báo cáo tự đánh giá của kỳ' },
};

/**
 * What the demo period sets so its form is fully answerable: a date for every deadline leaf
 * whose criteria set states none (a plausible, marked date for sets other than the bundled one).
 */
export function demoDeadlines(period: { dataEnd: string; selfAssessmentDeadline: string }, criteria: readonly CriterionDeadline[]): PutPeriodDeadlines['deadlines'] {
  const year = Number(period.dataEnd.slice(0, 4));
  return criteria
    .filter((c) => c.documentDeadline === null)
    .map((c) => {
      const known = BUNDLED[c.criterionId];
      return known
        ? { criterionId: c.criterionId, deadline: known.date(year, period), note: known.note }
        : { criterionId: c.criterionId, deadline: `${year}-03-31`, note: ASSUMED };
    });
}
