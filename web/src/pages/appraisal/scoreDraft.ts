// What the appraiser is about to save on one item, and the checks the browser can make before
// sending (the server checks again): manual points within [0, max] on the step.
import { isMultipleOf, parsePoints, tryParsePoints } from '../../../../src/core/points';
import type { Bilingual } from '../../../../src/core/text';
import type { AppraisalItemView, SaveAppraisal } from '../../../../src/shared/api/appraisal';
import type { ItemInput } from '../assessment/contract';

export type ScoreMode = 'rubric' | 'manual';

export interface ScoreDraft {
  mode: ScoreMode;
  input: ItemInput | null;
  /** As typed, "0,75" or "0.75". */
  manual: string;
  comment: string;
}

/** Starts from the saved appraisal, else from what the unit declared (nothing is saved until asked). */
export function draftOf(view: AppraisalItemView): ScoreDraft {
  const manualOnly = view.node.leaf.expectedInput === 'manual';
  const ap = view.appraisal;
  if (ap && (ap.input || ap.points !== null)) {
    const byRubric = ap.input !== null && ap.input.type !== 'manual' && !manualOnly;
    return {
      mode: byRubric ? 'rubric' : 'manual',
      input: byRubric ? ap.input : null,
      manual: byRubric ? '' : (ap.input?.type === 'manual' ? ap.input.points : (ap.points ?? '')),
      comment: ap.comment,
    };
  }
  const selfInput = view.self.input && view.self.input.type !== 'manual' ? view.self.input : null;
  return { mode: manualOnly ? 'manual' : 'rubric', input: selfInput, manual: '', comment: ap?.comment ?? '' };
}

/** A problem with the manual points, or null. */
export function manualError(text: string, max: string, step: string): Bilingual | null {
  const t = text.trim().replace(',', '.');
  if (t === '') return { vi: 'Nhập số điểm thẩm định', en: 'Enter the appraisal points' };
  const p = tryParsePoints(t);
  if (p === undefined || !/^\d+(\.\d+)?$/.test(t)) return { vi: 'Điểm phải là số, ví dụ 0,75', en: 'Points must be a number such as 0.75' };
  if (p > parsePoints(max)) return { vi: `Điểm vượt quá điểm tối đa (${max.replace('.', ',')})`, en: `Points exceed the maximum (${max})` };
  const s = tryParsePoints(step);
  if (s !== undefined && s > 0 && !isMultipleOf(p, s)) return { vi: `Điểm phải theo bước ${step.replace('.', ',')}`, en: `Points must be on steps of ${step}` };
  return null;
}

export function bodyOf(draft: ScoreDraft, baseVersion: number): SaveAppraisal {
  if (draft.mode === 'manual') return { baseVersion, points: draft.manual.trim().replace(',', '.'), comment: draft.comment };
  return { baseVersion, input: draft.input, comment: draft.comment };
}
