/** Per-item deduction: "Mỗi tiêu chí không đạt yêu cầu trừ 0,75 điểm" from the max, never below a floor (default 0). */
import { formatPoints, ZERO } from '../points';
import type { Points } from '../points';
import { both, clampToMax, failure, inputError, pointsText, success } from './explain';
import { checkCount } from './input';
import type { InputOf } from './input';
import type { DeductionRubric, RubricContext, RubricResult } from './types';

export function evaluateDeduction(rubric: DeductionRubric, input: InputOf<'count'>, ctx: RubricContext): RubricResult {
  const floor = rubric.floor ?? ZERO;
  if (!Number.isSafeInteger(rubric.perItem) || rubric.perItem < 0 || !Number.isSafeInteger(floor)) {
    return failure([inputError('rubric', 'Điểm trừ mỗi mục và mức sàn của tiêu chí phải là số điểm không âm', "The criterion's deduction per item and floor must be non-negative points")]);
  }
  const itemVi = rubric.itemLabel ?? 'tiêu chí không đạt';
  const checked = checkCount(input.count, { vi: `Số ${itemVi}`, en: 'number of failed items' });
  if (!checked.ok) return failure(checked.errors);
  const count = checked.value;
  const deducted = (count * rubric.perItem) as Points; // ≤ 10^9 × perItem: exact
  const left = (ctx.max - deducted) as Points;
  const floored = left < floor ? floor : left;
  const { points, note } = clampToMax(floored, ctx.max);
  const explanation = both((l) => {
    const items = l === 'vi' ? `${count} ${itemVi}` : `${count} failed ${count === 1 ? 'item' : 'items'}`;
    const deduction = l === 'vi' ? `${pointsText(deducted, l)} trừ` : `${pointsText(deducted, l)} deducted`;
    let text = `${items} × ${formatPoints(rubric.perItem, l)} = ${deduction}; ${formatPoints(ctx.max, l)} − ${formatPoints(deducted, l)}`;
    if (left < floor) {
      text += l === 'vi' ? ` = ${formatPoints(left, l)}, không thấp hơn mức sàn ${formatPoints(floor, l)} → ${pointsText(floor, l)}` : ` = ${formatPoints(left, l)}, not below the floor of ${formatPoints(floor, l)} → ${pointsText(floor, l)}`;
    } else {
      text += ` = ${pointsText(left, l)}`;
    }
    return note ? `${text}, ${note[l]}` : text;
  });
  return success(points, explanation);
}
