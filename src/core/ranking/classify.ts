import type { ClassificationBand } from '../framework';

/**
 * The band an index falls in: the band with the highest minIndex that is ≤ the index (bands
 * may come in any order). null when the index is null or below every band — a set whose
 * lowest band does not start at 0 leaves such units unclassified on purpose.
 * With equal minIndex (a mistake the validator reports) the band listed first wins.
 *
 * National groups: A ≥ 90 %, B 80–<90 %, C 70–<80 % → minIndex 9000, 8000, 7000.
 */
export function classify(index: number | null, bands: readonly ClassificationBand[]): ClassificationBand | null {
  if (index === null || !Number.isFinite(index)) return null;
  let best: ClassificationBand | null = null;
  for (const band of bands) {
    if (band.minIndex <= index && (best === null || band.minIndex > best.minIndex)) best = band;
  }
  return best;
}
