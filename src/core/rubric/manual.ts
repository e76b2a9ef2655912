/** Manual: the appraiser's judgement within [0, max] in multiples of a step (default 0,25). */
import { formatPoints, isMultipleOf, parsePoints } from '../points';
import type { Points } from '../points';
import { both, failure, inputError, pointsText, shown, success } from './explain';
import type { InputOf } from './input';
import type { InputError, ManualRubric, RubricContext, RubricResult } from './types';

export const DEFAULT_MANUAL_STEP: Points = parsePoints('0,25');

export function manualStep(rubric: ManualRubric): Points {
  return rubric.step ?? DEFAULT_MANUAL_STEP;
}

export function evaluateManual(rubric: ManualRubric, input: InputOf<'manual'>, ctx: RubricContext): RubricResult {
  const step = manualStep(rubric);
  if (!Number.isSafeInteger(step) || step <= 0) {
    return failure([inputError('rubric', 'Bước điểm của tiêu chí phải lớn hơn 0', "The criterion's scoring step must be greater than 0")]);
  }
  const p = input.points;
  if (typeof p !== 'number' || !Number.isSafeInteger(p)) {
    return failure([inputError('points', `Điểm chấm phải là một số có tối đa 4 chữ số thập phân (đang là ${shown(p)})`, `The points must be a number with at most 4 decimals (got ${shown(p)})`)]);
  }
  const errors: InputError[] = [];
  const range = (l: 'vi' | 'en') => `0–${formatPoints(ctx.max, l)}`;
  if (p < 0 || p > ctx.max) {
    errors.push(
      inputError(
        'points',
        `Điểm chấm ${formatPoints(p, 'vi')} nằm ngoài khoảng ${range('vi')} của tiêu chí`,
        `The points ${formatPoints(p, 'en')} are outside the criterion's range ${range('en')}`,
      ),
    );
  }
  if (!isMultipleOf(p, step)) {
    errors.push(
      inputError(
        'points',
        `Điểm chấm ${formatPoints(p, 'vi')} không phải là bội số của bước ${formatPoints(step, 'vi')}`,
        `The points ${formatPoints(p, 'en')} are not a multiple of the step ${formatPoints(step, 'en')}`,
      ),
    );
  }
  if (errors.length > 0) return failure(errors);
  return success(
    p,
    both((l) =>
      l === 'vi'
        ? `Điểm do người chấm nhập: ${pointsText(p, l)} (trong khoảng ${range(l)}, bước ${formatPoints(step, l)})`
        : `Points entered by the scorer: ${formatPoints(p, l)} (within ${range(l)}, step ${formatPoints(step, l)})`,
    ),
  );
}
