import { z } from 'zod';
import { id, isoDate, unitType } from './common';

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
