// Self-assessment (issue 5): one unit in one period, its items, workflow, checklist and the
// organiser's overview. Contract text: /work/team/API-5.md. Points travel as decimal strings.
import { z } from 'zod';
import { bilingual, id, isoDate } from './common';

export const ASSESSMENT_STATUSES = ['not-started', 'in-progress', 'in-review', 'returned', 'submitted', 'withdrawn'] as const;
export const assessmentStatus = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatus>;

/** Decimal string with a dot or a comma ("0.75", "0,75"); the server answers with a dot. */
export const decimalString = z.string().trim().max(20).regex(/^-?\d+([.,]\d+)?$/, 'decimal like 0.75');

/**
 * What a unit declares for one leaf: core RubricInput, with manual points as a decimal string.
 * Only the SHAPE is checked here; values a rubric cannot accept (denominator 0, a date outside the
 * data window, "2026-02-30") are saved and explained on the item by the server.
 */
export const itemInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('level'), level: z.string().max(200) }),
  z.strictObject({ type: z.literal('date'), date: z.string().max(40).nullable() }),
  z.strictObject({ type: z.literal('ratio'), numerator: z.number(), denominator: z.number() }),
  z.strictObject({ type: z.literal('count'), count: z.number() }),
  z.strictObject({ type: z.literal('checklist'), checked: z.array(z.string().max(200)).max(200) }),
  z.strictObject({ type: z.literal('yes-no'), value: z.boolean() }),
  z.strictObject({ type: z.literal('manual'), points: z.string().max(40) }),
]);
export type ItemInput = z.infer<typeof itemInput>;

export const FLAG_CODES = ['no-evidence', 'evidence-outside-window', 'evidence-after-deadline', 'input-error', 'flagged'] as const;
export const itemFlag = z.object({ code: z.enum(FLAG_CODES), message: bilingual, evidenceIds: z.array(id).optional() });
export type ItemFlag = z.infer<typeof itemFlag>;

export const inputError = z.object({ field: z.string(), vi: z.string(), en: z.string() });

export const item = z.object({
  nodeId: z.string(),
  input: itemInput.nullable(),
  /** Self points computed by the server (decimal string); null when unanswered or invalid. */
  points: z.string().nullable(),
  /** How the points were computed. */
  explanation: bilingual.nullable(),
  errors: z.array(inputError),
  /** The unit's explanation (nội dung giải trình); plain text, never HTML. */
  note: z.string(),
  na: z.object({ reason: z.string() }).nullable(),
  evidenceIds: z.array(id),
  /** Set by the unit to mark "look at this again". */
  flagged: z.boolean(),
  flags: z.array(itemFlag),
  /** 0 = never saved. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type Item = z.infer<typeof item>;

export const saveItem = z.strictObject({
  /** The version the client last saw (0 for an item never saved). */
  baseVersion: z.number().int().min(0),
  /** null clears the answer. Omitted = unchanged. */
  input: itemInput.nullable().optional(),
  note: z.string().max(20_000).optional(),
  /** { reason } marks N/A (không phát sinh); null clears it. */
  na: z.strictObject({ reason: z.string().max(2000) }).nullable().optional(),
  evidenceIds: z.array(id).max(200).optional(),
  flagged: z.boolean().optional(),
});
export type SaveItem = z.infer<typeof saveItem>;

/** 409 body `error.details` of a stale save: what was sent and what is stored now. */
export const itemConflict = z.object({ mine: saveItem, theirs: item });
export type ItemConflict = z.infer<typeof itemConflict>;

export const itemHistoryEntry = z.object({
  version: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const itemHistory = z.array(itemHistoryEntry);
export type ItemHistoryEntry = z.infer<typeof itemHistoryEntry>;

export const assessmentComment = z.object({
  id,
  at: z.string(),
  userId: z.string().nullable(),
  username: z.string().nullable(),
  /** 'return' | 'reopen' | 'submit' | 'withdraw' | 'send-for-review' | 'note' */
  kind: z.string(),
  text: z.string(),
});
export type AssessmentComment = z.infer<typeof assessmentComment>;

export const assessmentHeader = z.object({
  id,
  periodId: id,
  periodName: z.string(),
  unitId: id,
  unitName: z.string(),
  status: assessmentStatus,
  /** Not submitted and the self-assessment deadline has passed. */
  overdue: z.boolean(),
  deadline: isoDate,
  dataStart: isoDate,
  dataEnd: isoDate,
  periodStatus: z.string(),
  submittedAt: z.string().nullable(),
  canEdit: z.boolean(),
  canSendForReview: z.boolean(),
  canReturn: z.boolean(),
  canSubmit: z.boolean(),
  canWithdraw: z.boolean(),
  canReopen: z.boolean(),
  comments: z.array(assessmentComment),
});
export type AssessmentHeader = z.infer<typeof assessmentHeader>;

export const leafView = z.object({
  rubric: z.unknown(),
  expectedInput: z.enum(['level', 'date', 'ratio', 'count', 'checklist', 'yes-no', 'manual']),
  /** Choices for level / share-of-max / checklist rubrics, points as decimal strings. */
  levels: z.array(z.object({ id: z.string(), label: z.string(), points: z.string() })),
  /** One line per level of the rubric (describeRubric). */
  description: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
  evidenceHint: z.string().nullable(),
  scoredBy: z.enum(['unit', 'appraiser', 'survey']),
  naAllowed: z.boolean(),
  /** Deadline the rubric measures document dates against (its own or the period's), if any:
   *  YYYY-MM-DD, or MM-DD for a yearly deadline that falls in the period's year. */
  deadline: z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/, 'YYYY-MM-DD or MM-DD').nullable(),
  /** Where `deadline` comes from: the criteria set, or the organiser for this period (periods/deadlines.ts). */
  deadlineSource: z.enum(['document', 'period']).nullable().optional(),
});

/** Flat, in document order; `children` are ids, `depth` 1 = top level. */
export const frameworkNodeView = z.object({
  id: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  max: z.string(),
  depth: z.number().int(),
  parentId: z.string().nullable(),
  children: z.array(z.string()),
  leaf: leafView.nullable(),
});
export type FrameworkNodeView = z.infer<typeof frameworkNodeView>;

export const assessmentSummary = z.object({
  leaves: z.number().int(),
  /** Leaves the unit scores itself. */
  unitLeaves: z.number().int(),
  answered: z.number().int(),
  na: z.number().int(),
  withoutEvidence: z.number().int(),
  flagged: z.number().int(),
  withErrors: z.number().int(),
  selfTotal: z.string().nullable(),
  max: z.string(),
  /** Self index in percent as a decimal string with two places ("87.25"); null when nothing scored. */
  index: z.string().nullable(),
  byField: z.array(z.object({ nodeId: z.string(), code: z.string().nullable(), name: z.string(), max: z.string(), self: z.string().nullable(), index: z.string().nullable() })),
});
export type AssessmentSummary = z.infer<typeof assessmentSummary>;

export const assessmentView = z.object({
  assessment: assessmentHeader,
  framework: z.object({ id: z.string(), name: z.string(), nodes: z.array(frameworkNodeView) }),
  items: z.array(item),
  summary: assessmentSummary,
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const checklistEntry = z.object({
  code: z.string(),
  ok: z.boolean(),
  severity: z.enum(['error', 'warning']),
  message: bilingual,
  nodeIds: z.array(z.string()),
});
export const checklist = z.array(checklistEntry);
export type ChecklistEntry = z.infer<typeof checklistEntry>;

export const returnBody = z.strictObject({ comment: z.string().trim().min(1).max(5000) });
export const reopenBody = z.strictObject({ reason: z.string().trim().min(1).max(5000) });
export const submitBody = z.strictObject({ confirm: z.boolean().optional() });
export const emptyBody = z.strictObject({});

export const periodAssessmentRow = z.object({
  id: id.nullable(),
  unitId: id,
  unitName: z.string(),
  status: assessmentStatus,
  overdue: z.boolean(),
  answered: z.number().int(),
  leaves: z.number().int(),
  selfTotal: z.string().nullable(),
  index: z.string().nullable(),
  submittedAt: z.string().nullable(),
  lastRemindedAt: z.string().nullable(),
});
export const periodAssessmentList = z.array(periodAssessmentRow);
export type PeriodAssessmentRow = z.infer<typeof periodAssessmentRow>;

export const remindBody = z.strictObject({ unitIds: z.array(id).min(1).max(5000), message: z.string().max(2000).optional() });
/**
 * What a reminder did. `sent` = in-app notifications, `emailed` = e-mails the SMTP server took
 * (0 without SMTP, as before); the rest were added later and say why others got no e-mail.
 */
export const remindResult = z.object({
  sent: z.number().int(),
  emailed: z.number().int(),
  /** Units reminded (those not yet submitted among the ones asked). */
  units: z.number().int(),
  /** false = CHISO_SMTP_URL is not set: in-app only. */
  emailConfigured: z.boolean(),
  /** E-mails the server refused or could not take (see the server log). */
  emailFailed: z.number().int(),
  /** People notified in-app who have no e-mail address. */
  noAddress: z.number().int(),
  /** Still being sent when the answer left (very large batches); counted in the audit log. */
  emailPending: z.number().int(),
});
export type RemindResult = z.infer<typeof remindResult>;

export const notification = z.object({
  id,
  at: z.string(),
  kind: z.string(),
  message: bilingual,
  link: z.string().nullable(),
  readAt: z.string().nullable(),
});
export const notificationList = z.array(notification);
export type Notification = z.infer<typeof notification>;
