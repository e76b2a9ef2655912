// The period's life: draft → open → appraisal → closed → published, one step forward at a time.
import type { PeriodStatus } from '../../shared/api/periods';

export const NEXT: Record<PeriodStatus, PeriodStatus | null> = {
  draft: 'open',
  open: 'appraisal',
  appraisal: 'closed',
  closed: 'published',
  published: null,
};

export function canTransition(from: PeriodStatus, to: PeriodStatus): boolean {
  return NEXT[from] === to;
}

export const STATUS_LABEL: Record<PeriodStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  open: { vi: 'Đang tự đánh giá', en: 'Open for self-assessment' },
  appraisal: { vi: 'Đang thẩm định', en: 'Under appraisal' },
  closed: { vi: 'Đã kết thúc', en: 'Closed' },
  published: { vi: 'Đã công bố', en: 'Published' },
};

/** Once a period leaves draft, what it is measured against stays fixed. */
export const FROZEN_AFTER_DRAFT = ['frameworkId', 'unitType', 'kind', 'year'] as const;
