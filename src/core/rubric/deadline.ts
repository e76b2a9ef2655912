/**
 * Deadline tiers: "Trước và đúng thời gian quy định: 2; Chậm dưới 10 ngày: 1; Không ban hành
 * hoặc ban hành chậm từ 10 ngày trở lên: 0". The unit gives the document's date (or null when
 * it issued none); the deadline comes from the rubric or, failing that, from the period.
 */
import { compareIsoDates, daysBetween, formatDate, isIsoDate, isMonthDay, resolveDeadline } from '../dates';
import type { Locale } from '../points';
import { both, conclude, failure, inputError, labelIn, shown } from './explain';
import { checkDate } from './input';
import type { InputOf } from './input';
import type { DeadlineRubric, InputError, RubricContext, RubricResult } from './types';

export type DeadlineTier = DeadlineRubric['tiers'][number];

/**
 * The tier for a delay: the tightest one whose maxDaysLate still admits it ("chậm dưới 10 ngày"
 * = maxDaysLate 9 beats "bất kể" = null). Equal limits are an overlap the checks report; the
 * unit then gets the better of them.
 */
export function tierFor(tiers: readonly DeadlineTier[], daysLate: number): DeadlineTier | undefined {
  const limitOf = (t: DeadlineTier) => t.maxDaysLate ?? Number.POSITIVE_INFINITY;
  let best: DeadlineTier | undefined;
  for (const tier of tiers) {
    const limit = limitOf(tier);
    if (!(daysLate <= limit)) continue; // also skips NaN limits from a malformed file
    if (!best || limit < limitOf(best) || (limit === limitOf(best) && tier.points > best.points)) best = tier;
  }
  return best;
}

function timing(diff: number, l: Locale): string {
  const days = (n: number) => (l === 'vi' ? `${n} ngày` : `${n} ${n === 1 ? 'day' : 'days'}`);
  if (diff === 0) return l === 'vi' ? 'đúng hạn' : 'on the deadline';
  if (diff < 0) return l === 'vi' ? `sớm ${days(-diff)}` : `${days(-diff)} early`;
  return l === 'vi' ? `chậm ${days(diff)}` : `${days(diff)} late`;
}

export function evaluateDeadline(rubric: DeadlineRubric, input: InputOf<'date'>, ctx: RubricContext): RubricResult {
  const errors: InputError[] = [];
  const stated = rubric.deadline ?? ctx.deadline;
  // A yearly deadline ("01-10") falls in the year the period's data window ends.
  const windowDate = [ctx.periodEnd, ctx.periodStart].find((d) => isIsoDate(d));
  const periodYear = windowDate === undefined ? Number.NaN : Number(windowDate.slice(0, 4));
  const deadline = stated === undefined ? undefined : resolveDeadline(stated, periodYear);
  if (stated === undefined) {
    errors.push(
      inputError(
        'deadline',
        'Tiêu chí chấm theo thời hạn nhưng chưa có hạn: bộ tiêu chí và kỳ đánh giá đều không ghi hạn',
        'The criterion is scored against a deadline but has none: neither the criteria set nor the period gives one',
      ),
    );
  } else if (isMonthDay(stated) && !(periodYear > 0)) {
    errors.push(inputError('deadline', `Hạn hằng năm ${shown(stated)} cần năm của kỳ đánh giá`, `The yearly deadline ${shown(stated)} needs the period's year`));
  } else if (deadline === undefined) {
    errors.push(inputError('deadline', `Hạn ${shown(stated)} không phải là ngày hợp lệ dạng YYYY-MM-DD hoặc MM-DD`, `The deadline ${shown(stated)} is not a valid date in YYYY-MM-DD or MM-DD form`));
  }

  if (input.date === null) {
    if (errors.length > 0 || deadline === undefined) return failure(errors);
    const missing = rubric.missingLabel;
    const working = both((l) => {
      const head = l === 'vi' ? `Không có văn bản (hạn ${formatDate(deadline, l)})` : `No document (deadline ${formatDate(deadline, l)})`;
      return missing ? `${head} → ${missing}` : head;
    });
    return conclude(working, rubric.missingPoints, ctx.max);
  }

  // A document issued before the data window opens is fine when it also beat the deadline: the
  // year's plan is often signed in the December before.
  const early = deadline !== undefined && isIsoDate(input.date) && compareIsoDates(input.date, deadline) <= 0;
  const date = checkDate(input.date, 'date', acceptedRange(ctx, deadline, early), { vi: 'Ngày văn bản', en: 'document date' });
  if (!date.ok) errors.push(...date.errors);
  else if (early && deadline !== undefined && tooEarly(date.value, deadline, ctx)) {
    // Early documents may precede the window (last December's plan), but 15/01/2016 typed for
    // 15/01/2026 is a slip of the year, not a plan ten years ahead.
    errors.push(
      inputError(
        'date',
        `Ngày văn bản ${formatDate(date.value, 'vi')} sớm hơn hạn ${formatDate(deadline, 'vi')} quá một năm và trước kỳ đánh giá: kiểm tra lại năm`,
        `The document date ${formatDate(date.value, 'en')} is more than a year before the deadline ${formatDate(deadline, 'en')} and before the period: check the year`,
      ),
    );
  }
  if (errors.length > 0 || !date.ok || deadline === undefined) return failure(errors);

  const diff = daysBetween(deadline, date.value);
  const late = Math.max(0, diff);
  const head = both((l) =>
    l === 'vi'
      ? `Văn bản ngày ${formatDate(date.value, l)}, hạn ${formatDate(deadline, l)}: ${timing(diff, l)}`
      : `Document dated ${formatDate(date.value, l)}, deadline ${formatDate(deadline, l)}: ${timing(diff, l)}`,
  );
  const tier = tierFor(rubric.tiers, late);
  if (!tier) {
    return failure([
      inputError(
        'date',
        `${head.vi}, nhưng không có mức nào trong cách tính điểm áp dụng cho văn bản chậm ${late} ngày`,
        `${head.en}, but no tier of the rubric covers a document ${late} ${late === 1 ? 'day' : 'days'} late`,
      ),
    ]);
  }
  return conclude(both((l) => `${head[l]} → ${labelIn(l, tier.label, tier.labelEn)}`), tier.points, ctx.max);
}

/**
 * The dates a document may carry. A deadline after the data window closes (Part III's report,
 * due after the year's figures are in) must let a document dated up to and past it through, or
 * an on-time report could not be entered at all; a year beyond the deadline still catches a
 * mistyped year.
 */
function acceptedRange(ctx: RubricContext, deadline: string | undefined, early: boolean): RubricContext {
  const start = early ? undefined : ctx.periodStart;
  const end = ctx.periodEnd;
  if (deadline === undefined || end === undefined || !isIsoDate(end) || compareIsoDates(deadline, end) <= 0) return { ...ctx, periodStart: start };
  const yearAfter = resolveDeadline(deadline.slice(5), Number(deadline.slice(0, 4)) + 1);
  return { ...ctx, periodStart: start, periodEnd: yearAfter };
}

/** Before the data window and more than a year before the deadline. */
function tooEarly(date: string, deadline: string, ctx: RubricContext): boolean {
  const yearBefore = resolveDeadline(deadline.slice(5), Number(deadline.slice(0, 4)) - 1);
  const beforeWindow = ctx.periodStart === undefined || !isIsoDate(ctx.periodStart) || compareIsoDates(date, ctx.periodStart) < 0;
  return beforeWindow && yearBefore !== undefined && compareIsoDates(date, yearBefore) < 0;
}
