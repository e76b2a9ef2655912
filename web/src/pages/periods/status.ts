// The period life cycle as the screens show it: draft → open → appraisal → closed → published.
// The server enforces it; the web only offers the one next step.
import type { PeriodStatus } from '../../api/types';

export const NEXT_STATUS: Record<PeriodStatus, Exclude<PeriodStatus, 'draft'> | null> = {
  draft: 'open',
  open: 'appraisal',
  appraisal: 'closed',
  closed: 'published',
  published: null,
};

export const STATUS_COLOUR: Record<PeriodStatus, string> = {
  draft: 'default',
  open: 'processing',
  appraisal: 'warning',
  closed: 'purple',
  published: 'success',
};
