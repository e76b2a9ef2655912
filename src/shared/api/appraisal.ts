// Appraisal (issue 6): assignments of appraisers, the appraiser's queue, appraising an item,
// returns for explanation with the unit's answers (rounds), the council's summary, finalising
// and reopening. Contract text: /work/team/API-6.md. Points travel as decimal STRINGS.
import { z } from 'zod';
import { decimalString, itemHistoryEntry, itemInput, leafView } from './assessments';
import { bilingual, id, isoDate } from './common';

/** Top-level node of the period's criteria set, what assignments are made of. */
export const appraisalField = z.object({ id: z.string(), code: z.string().nullable(), name: z.string(), max: z.string(), appraisingDepartment: z.string().nullable() });

export const assignment = z.object({
  userId: id,
  username: z.string(),
  displayName: z.string(),
  /** Field node ids (top-level nodes) the appraiser scores. */
  fields: z.array(z.string()),
  unitIds: z.array(id),
  updatedAt: z.string().nullable(),
  /**
   * Where fields/unitIds come from: this period's assignment, or — none saved yet — the
   * appraiser's account scopes, which is what the queue uses until one is saved.
   */
  source: z.enum(['period', 'account']),
});
export type Assignment = z.infer<typeof assignment>;

export const assignmentsView = z.object({
  fields: z.array(appraisalField),
  units: z.array(z.object({ id, code: z.string(), name: z.string() })),
  /** Every active appraiser, with an empty assignment when none is made yet. */
  assignments: z.array(assignment),
});
export type AssignmentsView = z.infer<typeof assignmentsView>;

export const putAssignment = z.strictObject({ fields: z.array(z.string().min(1).max(200)).max(100), unitIds: z.array(id).max(5000) });
export type PutAssignment = z.infer<typeof putAssignment>;

export const ITEM_STATES = ['to-appraise', 'appraised', 'returned', 'answered'] as const;
export const itemState = z.enum(ITEM_STATES);
export type ItemState = z.infer<typeof itemState>;

export const queueItem = z.object({
  assessmentId: id,
  unitId: id,
  unitName: z.string(),
  nodeId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  fieldId: z.string(),
  fieldCode: z.string(),
  max: z.string(),
  scoredBy: z.enum(['unit', 'appraiser', 'survey']),
  self: z.string().nullable(),
  appraisal: z.string().nullable(),
  state: itemState,
  /** Due date of the open return, if any. */
  dueDate: isoDate.nullable(),
  finalised: z.boolean(),
  version: z.number().int(),
});
export type QueueItem = z.infer<typeof queueItem>;

export const queueQuery = z.strictObject({
  unitId: id.optional(),
  field: z.string().max(200).optional(),
  state: itemState.optional(),
  /** Text in the criterion code or name. */
  q: z.string().max(200).optional(),
});

export const queueView = z.object({
  counts: z.object({ total: z.number().int(), 'to-appraise': z.number().int(), appraised: z.number().int(), returned: z.number().int(), answered: z.number().int() }),
  items: z.array(queueItem),
});
export type QueueView = z.infer<typeof queueView>;

export const ROUND_STATUSES = ['open', 'answered', 'closed'] as const;
export const round = z.object({
  id,
  assessmentId: id,
  nodeId: z.string(),
  /** 1, 2, … per item. */
  number: z.number().int(),
  status: z.enum(ROUND_STATUSES),
  message: z.string(),
  dueDate: isoDate,
  askedAt: z.string(),
  askedBy: z.string().nullable(),
  answer: z.string().nullable(),
  answerEvidenceIds: z.array(id),
  answeredAt: z.string().nullable(),
  answeredBy: z.string().nullable(),
  overdue: z.boolean(),
});
export type Round = z.infer<typeof round>;

export const evidenceRef = z.object({
  id,
  kind: z.enum(['file', 'link', 'citation']),
  title: z.string(),
  fileName: z.string().nullable(),
  mime: z.string().nullable(),
  url: z.string().nullable(),
  /** For files: `/api/evidence/:id/file`; `?inline=1` for in-page preview. */
  fileUrl: z.string().nullable(),
  /** PDF and images can be shown in the page. */
  previewable: z.boolean(),
  citation: z.string().nullable(),
  documentDate: isoDate.nullable(),
});

export const appraisalScore = z.object({
  input: itemInput.nullable(),
  points: z.string().nullable(),
  explanation: bilingual.nullable(),
  comment: z.string(),
  appraisedAt: z.string().nullable(),
  appraisedBy: z.string().nullable(),
});

export const appraisalItemView = z.object({
  assessmentId: id,
  periodId: id,
  unitId: id,
  unitName: z.string(),
  node: z.object({ id: z.string(), code: z.string().nullable(), name: z.string(), max: z.string(), fieldId: z.string(), fieldCode: z.string(), step: z.string().nullable(), leaf: leafView }),
  self: z.object({
    input: itemInput.nullable(),
    points: z.string().nullable(),
    explanation: bilingual.nullable(),
    note: z.string(),
    na: z.object({ reason: z.string() }).nullable(),
  }),
  appraisal: appraisalScore.nullable(),
  survey: z.object({ points: z.string().nullable() }).nullable(),
  evidence: z.array(evidenceRef),
  rounds: z.array(round),
  history: z.array(itemHistoryEntry),
  state: itemState,
  version: z.number().int(),
  finalised: z.boolean(),
  canScore: z.boolean(),
  canReturn: z.boolean(),
  canAnswer: z.boolean(),
});
export type AppraisalItemView = z.infer<typeof appraisalItemView>;

/** Either `input` (through the rubric) or `points` (manual, within [0, max] on the step). */
export const saveAppraisal = z.strictObject({
  baseVersion: z.number().int().min(0),
  input: itemInput.nullable().optional(),
  points: decimalString.nullable().optional(),
  comment: z.string().max(20_000).optional(),
});
export type SaveAppraisal = z.infer<typeof saveAppraisal>;

export const returnItem = z.strictObject({ message: z.string().trim().min(1).max(5000), dueDate: isoDate });
export type ReturnItem = z.infer<typeof returnItem>;

export const answerRound = z.strictObject({
  text: z.string().trim().min(1).max(20_000),
  /** Evidence already in the assessment's library (POST /api/assessments/:id/evidence). */
  evidenceIds: z.array(id).max(200).optional(),
});
export type AnswerRound = z.infer<typeof answerRound>;

export const fieldFigures = z.object({
  nodeId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  max: z.string(),
  self: z.string().nullable(),
  appraisal: z.string().nullable(),
  final: z.string().nullable(),
  lost: z.string().nullable(),
  selfIndex: z.string().nullable(),
  finalIndex: z.string().nullable(),
  /** The appraisal's index over the items the unit scores itself (survey items left out), on selfIndex's base. */
  appraisedSelfIndex: z.string().nullable(),
  /** selfIndex − appraisedSelfIndex, percentage points ("3.25"): like with like, never against finalIndex. */
  gap: z.string().nullable(),
});
export type FieldFigures = z.infer<typeof fieldFigures>;

export const summaryItem = z.object({
  nodeId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  fieldId: z.string(),
  max: z.string(),
  scoredBy: z.enum(['unit', 'appraiser', 'survey']),
  self: z.string().nullable(),
  appraisal: z.string().nullable(),
  survey: z.string().nullable(),
  final: z.string().nullable(),
  /** appraisal − self ("-0.5"); null unless both. */
  difference: z.string().nullable(),
  na: z.boolean(),
  state: itemState,
});

export const reopening = z.object({ at: z.string(), username: z.string().nullable(), reason: z.string() });

export const appraisalSummary = z.object({
  assessmentId: id,
  periodId: id,
  unitId: id,
  unitName: z.string(),
  assessmentStatus: z.string(),
  finalised: z.boolean(),
  finalisedAt: z.string().nullable(),
  finalisedBy: z.string().nullable(),
  reopenings: z.array(reopening),
  totals: fieldFigures,
  byField: z.array(fieldFigures),
  items: z.array(summaryItem),
  openReturns: z.number().int(),
  pending: z.number().int(),
  /** Why finalising is refused now (empty = can finalise). */
  blockers: z.array(z.object({ code: z.string(), message: bilingual, nodeIds: z.array(z.string()) })),
  canFinalise: z.boolean(),
  canReopen: z.boolean(),
});
export type AppraisalSummary = z.infer<typeof appraisalSummary>;

export const appraisalUnitRow = z.object({
  assessmentId: id,
  unitId: id,
  unitName: z.string(),
  assessmentStatus: z.string(),
  leaves: z.number().int(),
  decided: z.number().int(),
  openReturns: z.number().int(),
  selfTotal: z.string().nullable(),
  finalTotal: z.string().nullable(),
  finalIndex: z.string().nullable(),
  finalised: z.boolean(),
});
export const appraisalUnitList = z.array(appraisalUnitRow);
export type AppraisalUnitRow = z.infer<typeof appraisalUnitRow>;

export const finaliseBody = z.strictObject({});
export const reopenAppraisal = z.strictObject({ reason: z.string().trim().min(1).max(5000) });
