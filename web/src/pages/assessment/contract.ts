// Shapes of the self-assessment API as the screens use them: the server's own zod schemas
// (src/shared/api/assessments.ts, evidence.ts), so server and web cannot drift apart.
import type {
  AssessmentView as View,
  FrameworkNodeView,
  ItemConflict,
  SaveItem,
} from '../../../../src/shared/api/assessments';

export type {
  AssessmentComment,
  AssessmentHeader,
  AssessmentStatus,
  AssessmentView,
  ChecklistEntry,
  Item,
  ItemFlag,
  ItemHistoryEntry as HistoryEntry,
  ItemInput,
  Notification,
  PeriodAssessmentRow as AssessmentRow,
} from '../../../../src/shared/api/assessments';
export type { Evidence } from '../../../../src/shared/api/evidence';

export type FormNode = FrameworkNodeView;
export type LeafInfo = NonNullable<FrameworkNodeView['leaf']>;
export type Summary = View['summary'];
export type FieldSummary = Summary['byField'][number];
export type ItemError = View['items'][number]['errors'][number];
export type InputType = LeafInfo['expectedInput'];

/** What a PUT sends besides baseVersion: only the parts that changed. */
export type ItemPatch = Omit<SaveItem, 'baseVersion'>;
export type ConflictDetails = ItemConflict;

/** The few rubric fields the form displays (the API keeps `rubric` open: core Rubric, points as strings). */
export interface RubricHints {
  step?: string;
  perItem?: string;
  itemLabel?: string;
  yesLabel?: string;
  noLabel?: string;
}

export function rubricHints(leaf: LeafInfo): RubricHints {
  const r = leaf.rubric;
  if (typeof r !== 'object' || r === null) return {};
  const rec = r as Record<string, unknown>;
  const str = (k: string): string | undefined => {
    const v = rec[k];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
  };
  return { step: str('step'), perItem: str('perItem'), itemLabel: str('itemLabel'), yesLabel: str('yesLabel'), noLabel: str('noLabel') };
}
