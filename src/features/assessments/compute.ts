// From what the unit declared to what the item scores: the API input becomes core RubricInput
// and goes through evaluateRubric in the period's context. Bad values are not refused; they are
// kept with the reasons so the officer sees what to fix (issue 5, "Bad input").
import type { Points } from '../../core/points';
import { tryParsePoints } from '../../core/points';
import { evaluateRubric } from '../../core/rubric/evaluate';
import type { InputError, RubricInput } from '../../core/rubric/types';
import type { Bilingual } from '../../core/text';
import type { ItemInput } from '../../shared/api/assessments';
import type { LeafInfo } from './prepared';

export interface PeriodWindow {
  dataStart: string;
  dataEnd: string;
  /**
   * Deadlines the organiser set for this period, by leaf id (ISO dates; periods/deadlines.ts).
   * Only leaves whose criteria set states no deadline use them: the set's own date wins in
   * core/rubric/deadline.ts. Absent = not loaded because the caller's leaf does not need them.
   */
  deadlines?: ReadonlyMap<string, string>;
}

export interface Computed {
  points: Points | null;
  explanation: Bilingual | null;
  errors: InputError[];
}

function toCore(input: ItemInput): RubricInput | InputError {
  if (input.type !== 'manual') return input;
  const parsed = tryParsePoints(input.points);
  if (parsed === undefined) {
    return { field: 'points', vi: `"${input.points}" không phải là số điểm (ví dụ 0,75)`, en: `"${input.points}" is not a number of points (e.g. 0.75)` };
  }
  return { type: 'manual', points: parsed };
}

export function computeItem(leaf: LeafInfo, input: ItemInput | null, window: PeriodWindow): Computed {
  if (input === null) return { points: null, explanation: null, errors: [] };
  if (leaf.rubric === null) {
    return { points: null, explanation: null, errors: [{ field: 'rubric', vi: 'Tiêu chí chưa có cách tính điểm', en: 'The criterion has no rubric' }] };
  }
  const core = toCore(input);
  if (!('type' in core)) return { points: null, explanation: null, errors: [core] };
  const result = evaluateRubric(leaf.rubric, core, { max: leaf.node.max, periodStart: window.dataStart, periodEnd: window.dataEnd, deadline: window.deadlines?.get(leaf.node.id) });
  if (result.ok) return { points: result.points, explanation: result.explanation, errors: [] };
  return { points: null, explanation: null, errors: result.errors };
}
