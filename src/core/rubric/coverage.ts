/**
 * Which percentages in [0 %, 100 %] a set of bands covers zero times (gaps) or several times
 * (overlaps). Bounds are integers in hundredths, so it is enough to look at each bound itself
 * and at one point strictly between neighbouring bounds; doubling all values makes that
 * midpoint an integer too.
 */
import type { Range } from './band-text';
import { bandIsWellFormed } from './percent-bands';
import type { PercentBand } from './types';

export const FULL = 10_000; // 100 % in hundredths

/** A stretch of [0, 100 %] in which the same bands apply. */
export interface Stretch {
  range: Range;
  /** Indexes (in the rubric's order) of the bands that contain every value of the stretch. */
  bands: number[];
}

/** Whether band contains the value x2 / 2 (hundredths). */
function containsDoubled(band: PercentBand, x2: number): boolean {
  if (band.from !== null) {
    const f = 2 * band.from;
    if (band.fromExclusive ? x2 <= f : x2 < f) return false;
  }
  if (band.to !== null) {
    const t = 2 * band.to;
    if (band.toInclusive ? x2 > t : x2 >= t) return false;
  }
  return true;
}

/** Splits [0, 100 %] into maximal stretches with the same covering bands, in increasing order. */
export function coverageOf(bands: readonly PercentBand[]): Stretch[] {
  const bounds = new Set<number>([0, FULL]);
  bands.forEach((b) => {
    if (!bandIsWellFormed(b)) return;
    for (const v of [b.from, b.to]) if (v !== null && v > 0 && v < FULL) bounds.add(v);
  });
  const cuts = [...bounds].sort((a, b) => a - b);
  const cover = (x2: number) => bands.flatMap((b, i) => (bandIsWellFormed(b) && containsDoubled(b, x2) ? [i] : []));

  // Elementary pieces: each cut itself, then the open interval up to the next cut.
  const pieces: { lo: Range['lo']; hi: Range['hi']; bands: number[] }[] = [];
  cuts.forEach((c, i) => {
    pieces.push({ lo: { value: c, closed: true }, hi: { value: c, closed: true }, bands: cover(2 * c) });
    const next = cuts[i + 1];
    if (next !== undefined) pieces.push({ lo: { value: c, closed: false }, hi: { value: next, closed: false }, bands: cover(c + next) });
  });

  const stretches: Stretch[] = [];
  for (const piece of pieces) {
    const last = stretches[stretches.length - 1];
    if (last && sameBands(last.bands, piece.bands)) last.range = { lo: last.range.lo, hi: piece.hi };
    else stretches.push({ range: { lo: piece.lo, hi: piece.hi }, bands: piece.bands });
  }
  return stretches;
}

function sameBands(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Bands that contain no percentage between 0 % and 100 % (can never apply). */
export function unreachableBands(bands: readonly PercentBand[]): number[] {
  const used = new Set(coverageOf(bands).flatMap((s) => s.bands));
  return bands.flatMap((_, i) => (used.has(i) ? [] : [i]));
}

/** A run of days late: first..last inclusive (last null = and beyond). */
export interface DaySpan {
  first: number;
  last: number | null;
}

export interface TierCoverage {
  /** Days late covered by no tier (at most one span: beyond the loosest tier). */
  gap?: DaySpan;
  /** Tiers that share the same limit, with the days they both claim. */
  overlaps: { tiers: number[]; span: DaySpan }[];
  /** Tiers whose limit is not a whole number of days ≥ 0 (or null). */
  invalid: number[];
}

/**
 * Deadline tiers cover days late ≥ 0: a tier with limit L takes the days after the previous
 * (tighter) limit up to L, so coverage can only fail at the top (no open-ended tier) or by two
 * tiers claiming the same limit.
 */
export function tierCoverage(tiers: readonly { maxDaysLate: number | null }[]): TierCoverage {
  const invalid: number[] = [];
  const byLimit = new Map<number | null, number[]>();
  tiers.forEach((t, i) => {
    const limit = t.maxDaysLate;
    if (limit !== null && !(Number.isSafeInteger(limit) && limit >= 0)) {
      invalid.push(i);
      return;
    }
    byLimit.set(limit, [...(byLimit.get(limit) ?? []), i]);
  });
  const limits = [...byLimit.keys()].filter((l): l is number => l !== null).sort((a, b) => a - b);
  const overlaps: TierCoverage['overlaps'] = [];
  const ordered: (number | null)[] = [...limits, ...(byLimit.has(null) ? [null] : [])];
  ordered.forEach((limit, k) => {
    const group = byLimit.get(limit) ?? [];
    const prev = k > 0 ? ordered[k - 1] : undefined;
    if (group.length > 1) overlaps.push({ tiers: group, span: { first: prev === undefined || prev === null ? 0 : prev + 1, last: limit } });
  });
  const loosest = limits[limits.length - 1];
  const result: TierCoverage = { overlaps, invalid };
  if (!byLimit.has(null)) result.gap = { first: loosest === undefined ? 0 : loosest + 1, last: null };
  return result;
}
