/** Choice of levels: "Xác định đầy đủ các nhiệm vụ…: 1; Chưa xác định đầy đủ…: 0,5; Không xác định: 0". */
import { both, conclude, failure, inputError, labelIn, quoted, shown } from './explain';
import type { InputOf } from './input';
import type { Level, LevelsRubric, RubricContext, RubricResult } from './types';

/** Finds a level by id; errors list the ids that exist so the form (or the script) can fix it. */
export function findLevel<T extends { id: string }>(levels: readonly T[], id: unknown): T | undefined {
  return typeof id === 'string' ? levels.find((l) => l.id === id) : undefined;
}

export function unknownLevel(levels: readonly { id: string }[], id: unknown): RubricResult {
  const ids = levels.map((l) => quoted(l.id)).join(', ');
  return failure([
    inputError(
      'level',
      `Mức ${shown(id)} không có trong cách tính điểm của tiêu chí (các mức: ${ids || 'không có'})`,
      `Level ${shown(id)} is not one of this criterion's levels (levels: ${ids || 'none'})`,
    ),
  ]);
}

export function evaluateLevels(rubric: LevelsRubric, input: InputOf<'level'>, ctx: RubricContext): RubricResult {
  const level: Level | undefined = findLevel(rubric.levels, input.level);
  if (!level) return unknownLevel(rubric.levels, input.level);
  const working = both((l) => `${l === 'vi' ? 'Mức' : 'Level'} ${quoted(labelIn(l, level.label, level.labelEn))}`);
  return conclude(working, level.points, ctx.max);
}
