import { z } from 'zod';
import { bilingual, id, isoDate, unitType } from './common';

export const PERIOD_STATUSES = ['draft', 'open', 'appraisal', 'closed', 'published'] as const;
export const periodStatus = z.enum(PERIOD_STATUSES);
export type PeriodStatus = z.infer<typeof periodStatus>;

export const periodKind = z.enum(['yearly', 'half-year']);

export const period = z.object({
  id,
  name: z.string(),
  kind: periodKind,
  year: z.number().int(),
  unitType,
  frameworkId: id,
  frameworkName: z.string(),
  frameworkVersion: z.string(),
  status: periodStatus,
  dataStart: isoDate,
  dataEnd: isoDate,
  selfAssessmentDeadline: isoDate,
  appraisalStart: isoDate,
  appraisalEnd: isoDate,
  explanationDeadline: isoDate.nullable(),
  unitIds: z.array(id),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Period = z.infer<typeof period>;
export const periodList = z.array(period);

const periodFields = {
  name: z.string().trim().min(1).max(300),
  kind: periodKind,
  year: z.number().int().min(2000).max(2100),
  unitType,
  frameworkId: id,
  dataStart: isoDate,
  dataEnd: isoDate,
  selfAssessmentDeadline: isoDate,
  appraisalStart: isoDate,
  appraisalEnd: isoDate,
  explanationDeadline: isoDate.nullable().optional(),
  unitIds: z.array(id).max(5000),
};

export const createPeriod = z.strictObject(periodFields);
export type CreatePeriod = z.infer<typeof createPeriod>;

export const patchPeriod = z.strictObject({
  name: periodFields.name.optional(),
  kind: periodFields.kind.optional(),
  year: periodFields.year.optional(),
  unitType: periodFields.unitType.optional(),
  frameworkId: periodFields.frameworkId.optional(),
  dataStart: isoDate.optional(),
  dataEnd: isoDate.optional(),
  selfAssessmentDeadline: isoDate.optional(),
  appraisalStart: isoDate.optional(),
  appraisalEnd: isoDate.optional(),
  explanationDeadline: isoDate.nullable().optional(),
  unitIds: periodFields.unitIds.optional(),
});
export type PatchPeriod = z.infer<typeof patchPeriod>;

export const periodTransition = z.strictObject({ to: z.enum(['open', 'appraisal', 'closed', 'published']) });
export type PeriodTransition = z.infer<typeof periodTransition>;

// Per-criterion deadlines set by the organiser for a period (src/features/periods/deadlines.ts).
// A deadline-tier leaf whose criteria set states no date is scored against the period's date;
// a date in the set itself always wins and cannot be replaced here (docs/FRAMEWORK_FORMAT.md).

export const deadlineSource = z.enum(['document', 'period']);
export type DeadlineSource = z.infer<typeof deadlineSource>;

export const criterionDeadline = z.object({
  /** The leaf's node id in the period's criteria set (its qualified code, "II.4.3"). */
  criterionId: z.string(),
  /** Qualified code as people read it ("II.4.3"; "III" for an uncoded row under III). */
  code: z.string(),
  title: bilingual,
  max: z.string(),
  scoredBy: z.enum(['unit', 'appraiser', 'survey']),
  /** As the criteria set states it: an ISO date, a yearly "MM-DD", or null. */
  documentDeadline: z.string().nullable(),
  /** The set's deadline as a date in the period's year. */
  documentDate: isoDate.nullable(),
  /** Set by the organiser for this period. */
  periodDeadline: isoDate.nullable(),
  note: z.string().nullable(),
  /** What scoring uses: the set's date, else the period's; null = none yet. */
  effective: isoDate.nullable(),
  source: deadlineSource.nullable(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
  /** Items of this criterion already answered in the period (their points follow a change). */
  answered: z.number().int(),
});
export type CriterionDeadline = z.infer<typeof criterionDeadline>;

export const periodDeadlines = z.object({
  periodId: id,
  periodStatus: periodStatus,
  /** Whether the caller may change them now (role and period status). */
  canEdit: z.boolean(),
  /** Earliest and latest dates accepted (the data window's years, one year either side). */
  range: z.object({ from: isoDate, to: isoDate }),
  criteria: z.array(criterionDeadline),
});
export type PeriodDeadlines = z.infer<typeof periodDeadlines>;

export const putPeriodDeadlines = z.strictObject({
  deadlines: z
    .array(
      z.strictObject({
        criterionId: z.string().min(1).max(200),
        /** ISO date (YYYY-MM-DD); null clears the period's deadline. Checked by the service so the message names the criterion. */
        deadline: z.string().max(40).nullable(),
        note: z.string().trim().max(1000).nullable().optional(),
      }),
    )
    .min(1)
    .max(2000),
});
export type PutPeriodDeadlines = z.infer<typeof putPeriodDeadlines>;

export const periodDeadlinesSaved = periodDeadlines.extend({
  /** Stored scores recomputed with the new deadlines, in the same transaction. */
  recomputed: z.object({ self: z.number().int(), appraisal: z.number().int() }),
});
export type PeriodDeadlinesSaved = z.infer<typeof periodDeadlinesSaved>;
