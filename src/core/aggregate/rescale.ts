import { PointsError, scaleBy } from '../points';
import type { Points, Rounding } from '../points';

/**
 * "Without a survey, provinces rescale the appraised points to 100": points × toMax ÷ fromMax,
 * exact on integers, rounded once to a whole unit (1/10 000 point) with the given rule
 * (half-up by default, as offices round by hand). Round further for display with
 * roundToDigits. Throws PointsError when fromMax is not positive (nothing to rescale from).
 *
 * rescaleTo(parsePoints('71,2'), points(80), points(100)) → 89
 */
export function rescaleTo(value: Points, fromMax: Points, toMax: Points, rounding: Rounding = 'half-up'): Points {
  if (!(fromMax > 0)) {
    throw new PointsError('Điểm tối đa gốc phải lớn hơn 0 để quy đổi', 'The maximum to rescale from must be greater than 0');
  }
  return scaleBy(value, toMax, fromMax, rounding);
}
