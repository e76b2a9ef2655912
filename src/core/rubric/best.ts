/** The best score a rubric can give on a node with this max: what a perfect unit attains. */
import { scaleBy, ZERO } from '../points';
import type { Points } from '../points';
import { unreachableBands } from './coverage';
import { manualStep } from './manual';
import type { Rubric } from './types';

function highest(values: readonly Points[]): Points {
  return values.reduce<Points>((a, b) => (b > a ? b : a), ZERO);
}

/** Uncapped best: the criteria set's own top figure, which may exceed max (the checks say so). */
export function bestRaw(rubric: Rubric, max: Points): Points {
  switch (rubric.type) {
    case 'levels':
      return highest(rubric.levels.map((l) => l.points));
    case 'deadline':
      return highest([rubric.missingPoints, ...rubric.tiers.map((t) => t.points)]);
    case 'percent-bands': {
      // A band that holds no percentage in 0–100 % can never be awarded.
      const dead = new Set(unreachableBands(rubric.bands));
      return highest(rubric.bands.filter((_, i) => !dead.has(i)).map((b) => b.points));
    }
    case 'proportional':
    case 'deduction':
      return max;
    case 'count':
      return rubric.perItem > 0 ? (rubric.cap ?? max) : ZERO;
    case 'checklist':
      return rubric.items.reduce((total, item) => (item.points > 0 ? total + item.points : total), 0) as Points;
    case 'share-of-max': {
      const share = Math.max(0, ...rubric.levels.map((l) => l.share).filter(Number.isSafeInteger));
      return share > 1_000_000 ? max : scaleBy(max, share, 10_000);
    }
    case 'yes-no':
      return highest([rubric.yes ?? max, rubric.no ?? ZERO]);
    case 'manual': {
      const step = manualStep(rubric);
      return step > 0 ? (Math.floor(max / step) * step) as Points : ZERO;
    }
  }
}

/** Best attainable points, within [0, max] as evaluateRubric keeps them. */
export function bestPoints(rubric: Rubric, max: Points): Points {
  const raw = bestRaw(rubric, max);
  return (raw > max ? max : raw < 0 ? 0 : raw) as Points;
}
