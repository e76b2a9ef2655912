/** Proportional: points = max × numerator ÷ denominator, rounded half-up to a step (default 0,01). */
import { formatIndex, formatPoints } from '../points';
import type { Points } from '../points';
import { formatExactDecimal, hundredthsOf, mulDivHalfUp } from './exact';
import { both, conclude, failure, inputError } from './explain';
import { checkRatio } from './input';
import type { InputOf } from './input';
import type { ProportionalRubric, RubricContext, RubricResult } from './types';

export const DEFAULT_PROPORTIONAL_STEP = 100 as Points; // 0,01 point

export function evaluateProportional(rubric: ProportionalRubric, input: InputOf<'ratio'>, ctx: RubricContext): RubricResult {
  const step = rubric.step ?? DEFAULT_PROPORTIONAL_STEP;
  if (!Number.isSafeInteger(step) || step <= 0) {
    return failure([inputError('rubric', 'Bước làm tròn của tiêu chí phải lớn hơn 0', "The criterion's rounding step must be greater than 0")]);
  }
  const checked = checkRatio(input);
  if (!checked.ok) return failure(checked.errors);
  const { numerator, denominator, ratio } = checked.value;
  // max × num / den in units, rounded to a multiple of the step in one exact division.
  const steps = mulDivHalfUp(BigInt(ctx.max) * ratio.num, 1n, ratio.den * BigInt(step));
  const raw = Number(steps * BigInt(step)) as Points;
  const exact = (BigInt(ctx.max) * ratio.num) % ratio.den === 0n && (BigInt(ctx.max) * ratio.num / ratio.den) % BigInt(step) === 0n;
  const h = hundredthsOf(ratio);
  const working = both((l) => {
    const head = `${formatExactDecimal(numerator, l)}/${formatExactDecimal(denominator, l)} = ${formatIndex(h, l)}% × ${formatPoints(ctx.max, l)}`;
    if (exact) return head;
    return l === 'vi' ? `${head} (làm tròn đến ${formatPoints(step, l)})` : `${head} (rounded to ${formatPoints(step, l)})`;
  });
  return conclude(working, raw, ctx.max);
}
