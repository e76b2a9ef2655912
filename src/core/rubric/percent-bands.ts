/**
 * Percentage bands from a numerator and a denominator: "100%: 4; từ 95% đến dưới 100%: 3; …;
 * dưới 85%: 0". The band is chosen on the exact ratio (cross-multiplication), never on the
 * rounded percentage: 18 999 / 20 000 = 94,995 % is below 95 % even though it displays as 95,00 %.
 */
import { bandRange, rangeText } from './band-text';
import { compareWithHundredths, formatExactDecimal, formatPercentTruncated, hundredthsOf, isExactly } from './exact';
import type { ExactRatio } from './exact';
import { formatIndex } from '../points';
import { both, conclude, failure, inputError } from './explain';
import { checkRatio } from './input';
import type { InputOf } from './input';
import type { Bilingual } from '../text';
import type { PercentBand, PercentBandsRubric, RubricContext, RubricResult } from './types';

function isBound(v: unknown): boolean {
  return v === null || (typeof v === 'number' && Number.isSafeInteger(v));
}

/** Bounds are integers in hundredths of a percent, or null. */
export function bandIsWellFormed(band: PercentBand): boolean {
  return isBound(band.from) && isBound(band.to);
}

/** Whether the exact ratio lies in the band (from ≤ v < to, with the band's own open/closed ends). */
export function bandContains(band: PercentBand, r: ExactRatio): boolean {
  if (band.from !== null) {
    const c = compareWithHundredths(r, band.from);
    if (band.fromExclusive ? c <= 0 : c < 0) return false;
  }
  if (band.to !== null) {
    const c = compareWithHundredths(r, band.to);
    if (band.toInclusive ? c > 0 : c >= 0) return false;
  }
  return true;
}

/** The band for a ratio: the best-scoring of those that contain it (overlaps favour the unit). */
export function bandFor(bands: readonly PercentBand[], r: ExactRatio): { band?: PercentBand; matches: number } {
  let band: PercentBand | undefined;
  let matches = 0;
  for (const b of bands) {
    if (!bandContains(b, r)) continue;
    matches += 1;
    if (!band || b.points > band.points) band = b;
  }
  return band ? { band, matches } : { matches };
}

/**
 * "99,49%"; when two-decimal rounding would put the shown figure in another band than the exact
 * value (94,996 % shown as 95,00 %), shows four decimals rounded toward zero instead.
 */
function percentShown(r: ExactRatio, band: PercentBand | undefined): Bilingual {
  const h = hundredthsOf(r);
  const roundedRatio: ExactRatio = { num: BigInt(h), den: 10_000n };
  if (!band || bandContains(band, roundedRatio) || isExactly(r, h)) return both((l) => `${formatIndex(h, l)}%`);
  const exact = (r.num * 1_000_000n) % r.den === 0n;
  return both((l) => `${formatPercentTruncated(r, 4, l)}${exact ? '' : '…'}%`);
}

export function evaluatePercentBands(rubric: PercentBandsRubric, input: InputOf<'ratio'>, ctx: RubricContext): RubricResult {
  const checked = checkRatio(input);
  if (!checked.ok) return failure(checked.errors);
  const bands = Array.isArray(rubric.bands) ? rubric.bands : [];
  if (!bands.every(bandIsWellFormed)) {
    return failure([
      inputError('rubric', 'Cách tính điểm có mức tỷ lệ không hợp lệ (cận phải là số nguyên phần trăm nhân 100 hoặc để trống)', 'The rubric has a malformed band (bounds must be whole hundredths of a percent or empty)'),
    ]);
  }
  const { numerator, denominator, ratio } = checked.value;
  const { band, matches } = bandFor(bands, ratio);
  const pct = percentShown(ratio, band);
  const head = both((l) => `${formatExactDecimal(numerator, l)}/${formatExactDecimal(denominator, l)} = ${pct[l]}`);
  if (!band) {
    return failure([
      inputError('input', `${head.vi} → không có mức nào trong cách tính điểm chứa tỷ lệ này`, `${head.en} → no band of the rubric covers this percentage`),
    ]);
  }
  const overlap = both((l) =>
    matches > 1 ? (l === 'vi' ? ` (tỷ lệ này thuộc ${matches} mức; tính mức có điểm cao nhất)` : ` (this percentage falls in ${matches} bands; the highest-scoring one counts)`) : '',
  );
  const range = bandRange(band);
  return conclude(both((l) => `${head[l]} → ${l === 'vi' ? 'mức' : 'band'} ${rangeText(range, l)}${overlap[l]}`), band.points, ctx.max);
}
