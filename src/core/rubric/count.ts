/** Count × points, capped: "01 sáng kiến được Chủ tịch UBND tỉnh công nhận = 02 điểm", at most the cap (default: the max). */
import { formatPoints } from '../points';
import type { Points } from '../points';
import { both, failure, inputError, pointsText, success } from './explain';
import { checkCount } from './input';
import type { InputOf } from './input';
import type { CountRubric, RubricContext, RubricResult } from './types';

export function evaluateCount(rubric: CountRubric, input: InputOf<'count'>, ctx: RubricContext): RubricResult {
  if (!Number.isSafeInteger(rubric.perItem) || (rubric.cap !== undefined && !Number.isSafeInteger(rubric.cap))) {
    return failure([inputError('rubric', 'Điểm mỗi mục và mức tối đa của tiêu chí phải là số điểm', "The criterion's points per item and cap must be points")]);
  }
  const itemVi = rubric.itemLabel ?? 'mục';
  const checked = checkCount(input.count, { vi: `Số ${itemVi}`, en: 'count' });
  if (!checked.ok) return failure(checked.errors);
  const count = checked.value;
  const raw = (count * rubric.perItem) as Points; // ≤ 10^9 × perItem: exact
  const statedCap = rubric.cap ?? ctx.max;
  // A cap above the criterion's max would let the leaf score more than its max.
  const cap = (statedCap > ctx.max ? ctx.max : statedCap);
  const capped = raw > cap ? cap : raw;
  const points = (capped < 0 ? 0 : capped) as Points;
  const explanation = both((l) => {
    const items = l === 'vi' ? `${count} ${itemVi}` : `${count} ${count === 1 ? 'item' : 'items'}`;
    let text = `${items} × ${formatPoints(rubric.perItem, l)} = ${pointsText(raw, l)}`;
    if (raw > cap) {
      const capNote =
        statedCap > ctx.max
          ? l === 'vi'
            ? ` (bộ tiêu chí ghi ${formatPoints(statedCap, l)}, vượt điểm tối đa của tiêu chí)`
            : ` (the criteria set says ${formatPoints(statedCap, l)}, above the criterion's maximum)`
          : '';
      text += l === 'vi' ? `, tối đa ${formatPoints(cap, l)}${capNote} → ${pointsText(cap, l)}` : `, capped at ${formatPoints(cap, l)}${capNote} → ${pointsText(cap, l)}`;
    }
    if (capped < 0) {
      text += l === 'vi' ? ` → điểm không được âm → ${pointsText(points, l)}` : ` → points cannot be negative → ${pointsText(points, l)}`;
    }
    return text;
  });
  return success(points, explanation);
}
