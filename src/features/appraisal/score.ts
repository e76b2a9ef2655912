// From what the appraiser enters to the appraisal points: the rubric's own input (evaluated by
// core evaluateRubric in the period's window, like the unit's) or manual points within [0, max]
// on the step. Unlike the unit's input, a bad appraisal is refused (400 naming the field): the
// council's score is a decision, not a draft.
import { tryParsePoints, type Points } from '../../core/points';
import { evaluateRubric } from '../../core/rubric/evaluate';
import { DEFAULT_MANUAL_STEP, manualStep } from '../../core/rubric/manual';
import type { Bilingual } from '../../core/text';
import type { ItemInput } from '../../shared/api/assessments';
import type { SaveAppraisal } from '../../shared/api/appraisal';
import { AppError } from '../common/errors';
import { computeItem, type PeriodWindow } from '../assessments/compute';
import type { LeafInfo } from '../assessments/prepared';

export interface AppraisalValue {
  input: ItemInput | null;
  points: Points | null;
  explanation: Bilingual | null;
}

export function stepOf(leaf: LeafInfo): Points {
  return leaf.rubric?.type === 'manual' ? manualStep(leaf.rubric) : DEFAULT_MANUAL_STEP;
}

function refuse(field: string, errors: { vi: string; en: string; field?: string }[]): AppError {
  const details = errors.map((e) => ({ field: e.field === undefined || e.field === field ? field : `${field}.${e.field}`, message: { vi: e.vi, en: e.en } }));
  const first = details[0]!;
  return new AppError('validation', { vi: `${first.field}: ${first.message.vi}`, en: `${first.field}: ${first.message.en}` }, first.field, details);
}

export function appraisalValue(leaf: LeafInfo, body: SaveAppraisal, window: PeriodWindow): AppraisalValue {
  const hasInput = body.input !== undefined && body.input !== null;
  const hasPoints = body.points !== undefined && body.points !== null;
  if (hasInput && hasPoints) {
    throw refuse('points', [{ vi: 'chỉ nhập điểm theo cách tính hoặc điểm trực tiếp, không cả hai', en: 'give either the rubric input or the points, not both' }]);
  }
  if (hasPoints) {
    const parsed = tryParsePoints(body.points!);
    if (parsed === undefined) throw refuse('points', [{ vi: `"${body.points}" không phải là số điểm (ví dụ 0,75)`, en: `"${body.points}" is not a number of points (e.g. 0.75)` }]);
    const result = evaluateRubric({ type: 'manual', step: stepOf(leaf) }, { type: 'manual', points: parsed }, { max: leaf.node.max });
    if (!result.ok) throw refuse('points', result.errors);
    return { input: { type: 'manual', points: body.points!.replace(',', '.') }, points: result.points, explanation: result.explanation };
  }
  if (hasInput) {
    const input = body.input!;
    if (input.type === 'manual' && leaf.rubric?.type !== 'manual') {
      return appraisalValue(leaf, { baseVersion: body.baseVersion, points: input.points }, window);
    }
    const computed = computeItem(leaf, input, window);
    if (computed.points === null) throw refuse('input', computed.errors);
    return { input, points: computed.points, explanation: computed.explanation };
  }
  return { input: null, points: null, explanation: null };
}

