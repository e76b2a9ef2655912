/**
 * evaluateRubric: what a unit declares for one leaf → points within [0, max] and the working in
 * Vietnamese and English, or every problem with the declaration. Never throws on bad input.
 */
import { formatPoints } from '../points';
import { evaluateChecklist } from './checklist';
import { evaluateCount } from './count';
import { evaluateDeadline } from './deadline';
import { evaluateDeduction } from './deduction';
import { expectedInput } from './expected-input';
import { failure, inputError, shown } from './explain';
import type { InputOf } from './input';
import { evaluateLevels } from './levels';
import { evaluateManual } from './manual';
import { evaluatePercentBands } from './percent-bands';
import { evaluateProportional } from './proportional';
import { evaluateShareOfMax } from './share-of-max';
import type { Rubric, RubricContext, RubricInput, RubricResult } from './types';
import { evaluateYesNo } from './yes-no';

const INPUT_NAMES: Record<RubricInput['type'], { vi: string; en: string }> = {
  level: { vi: 'chọn một mức', en: 'a chosen level' },
  date: { vi: 'ngày ban hành văn bản', en: "the document's date" },
  ratio: { vi: 'tử số và mẫu số', en: 'a numerator and a denominator' },
  count: { vi: 'một số lượng', en: 'a count' },
  checklist: { vi: 'danh sách các mục đạt', en: 'the list of items that hold' },
  'yes-no': { vi: 'Có hoặc Không', en: 'yes or no' },
  manual: { vi: 'số điểm chấm', en: 'a number of points' },
};

export function evaluateRubric(rubric: Rubric, input: RubricInput, ctx: RubricContext): RubricResult {
  if (typeof ctx.max !== 'number' || !Number.isSafeInteger(ctx.max) || ctx.max < 0) {
    return failure([inputError('max', `Điểm tối đa của tiêu chí không hợp lệ: ${shown(ctx.max)}`, `The criterion's maximum is not valid: ${shown(ctx.max)}`)]);
  }
  // A file edited by hand may name a shape that does not exist; say so instead of failing.
  const want: RubricInput['type'] | undefined = expectedInput(rubric);
  if (want === undefined) {
    const type = shown((rubric as { type?: unknown }).type);
    return failure([inputError('rubric', `Kiểu cách tính điểm ${type} không được hỗ trợ`, `Rubric type ${type} is not supported`)]);
  }
  const got: unknown = (input as unknown as { type?: unknown } | null | undefined)?.type;
  if (got !== want) {
    const name = INPUT_NAMES[want];
    return failure([
      inputError(
        'input',
        `Tiêu chí này (tối đa ${formatPoints(ctx.max, 'vi')} điểm) cần ${name.vi}, không phải dữ liệu kiểu ${shown(got)}`,
        `This criterion (max ${formatPoints(ctx.max, 'en')}) needs ${name.en}, not input of type ${shown(got)}`,
      ),
    ]);
  }
  // The input's type now matches the rubric's expectation; the casts state that pairing.
  switch (rubric.type) {
    case 'levels':
      return evaluateLevels(rubric, input as InputOf<'level'>, ctx);
    case 'deadline':
      return evaluateDeadline(rubric, input as InputOf<'date'>, ctx);
    case 'percent-bands':
      return evaluatePercentBands(rubric, input as InputOf<'ratio'>, ctx);
    case 'proportional':
      return evaluateProportional(rubric, input as InputOf<'ratio'>, ctx);
    case 'deduction':
      return evaluateDeduction(rubric, input as InputOf<'count'>, ctx);
    case 'count':
      return evaluateCount(rubric, input as InputOf<'count'>, ctx);
    case 'checklist':
      return evaluateChecklist(rubric, input as InputOf<'checklist'>, ctx);
    case 'share-of-max':
      return evaluateShareOfMax(rubric, input as InputOf<'level'>, ctx);
    case 'yes-no':
      return evaluateYesNo(rubric, input as InputOf<'yes-no'>, ctx);
    case 'manual':
      return evaluateManual(rubric, input as InputOf<'manual'>, ctx);
  }
}
