/** Share of max: "Xuất sắc: tối đa; Tốt: 75%; Hoàn thành: 50%". Points = max × share, to the exact unit (half-up). */
import { formatPoints, scaleBy } from '../points';
import { percentText } from './band-text';
import { both, conclude, failure, inputError, labelIn, quoted } from './explain';
import type { InputOf } from './input';
import { findLevel, unknownLevel } from './levels';
import type { RubricContext, RubricResult, ShareOfMaxRubric } from './types';

export function evaluateShareOfMax(rubric: ShareOfMaxRubric, input: InputOf<'level'>, ctx: RubricContext): RubricResult {
  const level = findLevel(rubric.levels, input.level);
  if (!level) return unknownLevel(rubric.levels, input.level);
  if (!Number.isSafeInteger(level.share) || Math.abs(level.share) > 1_000_000) {
    return failure([inputError('rubric', `Tỷ lệ của mức ${quoted(level.label)} không hợp lệ`, `The share of level ${quoted(level.label)} is not valid`)]);
  }
  const raw = scaleBy(ctx.max, level.share, 10_000);
  const working = both(
    (l) => `${l === 'vi' ? 'Mức' : 'Level'} ${quoted(labelIn(l, level.label, level.labelEn))} = ${percentText(level.share, l)} × ${formatPoints(ctx.max, l)}`,
  );
  return conclude(working, raw, ctx.max);
}
