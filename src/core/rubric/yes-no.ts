/** Yes / no: "Có ban hành: 1; Không ban hành: 0". Defaults: yes = the criterion's max, no = 0. */
import { ZERO } from '../points';
import { both, conclude, failure, inputError, quoted, shown } from './explain';
import type { InputOf } from './input';
import type { RubricContext, RubricResult, YesNoRubric } from './types';

export function evaluateYesNo(rubric: YesNoRubric, input: InputOf<'yes-no'>, ctx: RubricContext): RubricResult {
  if (typeof input.value !== 'boolean') {
    return failure([inputError('value', `Phải chọn Có hoặc Không (đang là ${shown(input.value)})`, `Choose yes or no (got ${shown(input.value)})`)]);
  }
  const yes = input.value;
  const raw = yes ? (rubric.yes ?? ctx.max) : (rubric.no ?? ZERO);
  const label = yes ? rubric.yesLabel : rubric.noLabel;
  const working = both((l) => {
    const word = l === 'vi' ? (yes ? 'Có' : 'Không') : yes ? 'Yes' : 'No';
    // The criteria set's own wording ("Có ban hành") is Vietnamese; English shows it after the word.
    return label ? `${word}: ${quoted(label)}` : word;
  });
  return conclude(working, raw, ctx.max);
}
