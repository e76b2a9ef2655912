/** Checklist: which items hold, each worth its points ("Có Quyết định ban hành mục tiêu chất lượng: 1", …). */
import { formatPoints } from '../points';
import type { Points } from '../points';
import { both, conclude, failure, inputError, labelIn, quoted, shown } from './explain';
import type { InputOf } from './input';
import type { ChecklistRubric, Level, RubricContext, RubricResult } from './types';

export function evaluateChecklist(rubric: ChecklistRubric, input: InputOf<'checklist'>, ctx: RubricContext): RubricResult {
  const checked: unknown = input.checked;
  if (!Array.isArray(checked)) {
    return failure([inputError('checked', `Danh sách mục đạt phải là một mảng mã mục (đang là ${shown(checked)})`, `The checked items must be a list of item ids (got ${shown(checked)})`)]);
  }
  const unknown = checked.filter((id) => typeof id !== 'string' || !rubric.items.some((item) => item.id === id));
  if (unknown.length > 0) {
    const ids = rubric.items.map((i) => quoted(i.id)).join(', ');
    return failure([
      inputError(
        'checked',
        `Mục ${unknown.map(shown).join(', ')} không có trong danh sách của tiêu chí (các mục: ${ids || 'không có'})`,
        `Item ${unknown.map(shown).join(', ')} is not on this criterion's list (items: ${ids || 'none'})`,
      ),
    ]);
  }
  // Listing an item twice is harmless: a set of ids, in the criteria set's order.
  const held: Level[] = rubric.items.filter((item) => checked.includes(item.id));
  const raw = held.reduce((total, item) => total + item.points, 0) as Points;
  const total = rubric.items.length;
  const working = both((l) => {
    if (held.length === 0) return l === 'vi' ? `Không đạt mục nào (0/${total})` : `No item holds (0/${total})`;
    const parts = held.map((item) => `${quoted(labelIn(l, item.label, item.labelEn))} (${formatPoints(item.points, l)})`).join(' + ');
    return l === 'vi' ? `Đạt ${held.length}/${total} mục: ${parts}` : `${held.length}/${total} items hold: ${parts}`;
  });
  return conclude(working, raw, ctx.max);
}
