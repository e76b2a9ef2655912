import type { FindingColumn } from '../findings';
import { formatPoints } from '../points';
import type { Points } from '../points';
import type { Bilingual } from '../text';

/** Shared wording of validator messages, Vietnamese first. */

export const COLUMN: Record<FindingColumn, Bilingual> = {
  max: { vi: 'điểm tối đa', en: 'max' },
  self: { vi: 'điểm tự chấm', en: 'self-assessment score' },
  appraisal: { vi: 'điểm thẩm định', en: 'appraisal score' },
  survey: { vi: 'điểm điều tra xã hội học', en: 'survey score' },
  lost: { vi: 'điểm bị trừ', en: 'points lost' },
};

/** Points as a reader of each language writes them: "0,75" / "0.75". */
export function both(p: Points): Bilingual {
  return { vi: formatPoints(p, 'vi'), en: formatPoints(p, 'en') };
}

/** "Mục II.6" / "Item II.6"; rows without a code are named by their text. */
export function itemName(label: string): Bilingual {
  return { vi: `Mục ${label}`, en: `Item ${label}` };
}
