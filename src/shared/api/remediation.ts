// Remediation plans (issue 6): one row per leaf that lost points, prefilled from the finalised
// appraisal; the unit fills the plan and reports progress through the following year.
// Contract text: /work/team/API-6.md.
import { z } from 'zod';
import { bilingual, id } from './common';

export const REMEDIATION_STATUSES = ['not-started', 'in-progress', 'done'] as const;
export const remediationStatus = z.enum(REMEDIATION_STATUSES);
export type RemediationStatus = z.infer<typeof remediationStatus>;
export const REMEDIATION_STATUS_LABEL: Record<RemediationStatus, { vi: string; en: string }> = {
  'not-started': { vi: 'Chưa thực hiện', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
};

export const progressNote = z.object({ id, at: z.string(), username: z.string().nullable(), status: remediationStatus, note: z.string() });

export const remediationRow = z.object({
  id,
  nodeId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  fieldId: z.string(),
  max: z.string(),
  appraisal: z.string(),
  lost: z.string(),
  solution: z.string(),
  leadAgency: z.string(),
  cooperatingAgencies: z.string(),
  timeFrame: z.string(),
  note: z.string(),
  status: remediationStatus,
  progress: z.array(progressNote),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type RemediationRowView = z.infer<typeof remediationRow>;

export const fieldLoss = z.object({ nodeId: z.string(), code: z.string().nullable(), name: z.string(), max: z.string(), final: z.string().nullable(), lost: z.string(), share: z.string() });

export const remediationPlan = z.object({
  periodId: id,
  periodName: z.string(),
  year: z.number().int(),
  unitId: id,
  unitName: z.string(),
  /** The plan exists once the unit's appraisal is finalised. */
  available: z.boolean(),
  message: bilingual.nullable(),
  /** Ordered by points to regain (most first). */
  rows: z.array(remediationRow),
  /** Fields ordered by lost points (most first); share = % of all lost points. */
  fields: z.array(fieldLoss),
  totals: z.object({ lost: z.string(), rows: z.number().int(), 'not-started': z.number().int(), 'in-progress': z.number().int(), done: z.number().int() }),
  canEdit: z.boolean(),
});
export type RemediationPlan = z.infer<typeof remediationPlan>;

export const patchRemediationRow = z.strictObject({
  baseVersion: z.number().int().min(0),
  solution: z.string().max(10_000).optional(),
  leadAgency: z.string().max(500).optional(),
  cooperatingAgencies: z.string().max(2000).optional(),
  timeFrame: z.string().max(200).optional(),
  note: z.string().max(5000).optional(),
  status: remediationStatus.optional(),
});
export type PatchRemediationRow = z.infer<typeof patchRemediationRow>;

export const addProgress = z.strictObject({ note: z.string().trim().min(1).max(10_000), status: remediationStatus.optional() });

/**
 * One unit in the organiser's overview of a period's plans (GET /api/periods/:id/remediation).
 * `rows` are the plan's rows (leaves that lost points), `filled` those with a solution, a lead
 * agency and a time frame; `overdue` counts rows not done whose time frame has ended (a subset of
 * not-started + in-progress); `lost` is the points to regain.
 */
export const remediationOverviewRow = z.object({
  unitId: id,
  unitCode: z.string(),
  unitName: z.string(),
  unitType: z.string(),
  /** The plan exists once the unit's appraisal is finalised. */
  available: z.boolean(),
  rows: z.number().int(),
  filled: z.number().int(),
  lost: z.string(),
  'not-started': z.number().int(),
  'in-progress': z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  /** Latest change to any row (fill or progress note), ISO; null when untouched. */
  lastUpdate: z.string().nullable(),
});
export type RemediationOverviewRow = z.infer<typeof remediationOverviewRow>;
/** Units by points to regain (most first), then by name. */
export const remediationOverview = z.array(remediationOverviewRow);
