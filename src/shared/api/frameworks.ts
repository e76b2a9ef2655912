import { z } from 'zod';
import { bilingual, id, unitType } from './common';

export const frameworkSummary = z.object({
  id,
  name: z.string(),
  unitType,
  year: z.number().int(),
  version: z.string(),
  leafCount: z.number().int(),
  /** Decimal string, e.g. "100" or "99,5" is never used: always "." — "99.5". */
  max: z.string(),
  /** What the validator finds in the stored set now (imported sets may carry flaws). */
  findings: z.object({ errors: z.number().int(), warnings: z.number().int() }).optional(),
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;
export const frameworkList = z.array(frameworkSummary);

/**
 * GET /api/frameworks/:id returns the core Framework with every `max` (and rubric points) as a
 * decimal string, plus `dbId`. Its full shape is src/core/framework.ts; the API keeps it open.
 */
export const frameworkDocument = z.looseObject({ id: z.string(), name: z.string(), nodes: z.array(z.unknown()) });

/** GET /api/frameworks/:id/outline: the criteria-set viewer (tree in document order, rubric text, findings). */
export const frameworkOutlineNode = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  depth: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  max: z.string(),
  kind: z.enum(['normal', 'bonus', 'penalty']),
  leaf: z.boolean(),
  /** One line per rubric level (core describeRubric), both languages. */
  rubric: z.object({ type: z.string(), vi: z.array(z.string()), en: z.array(z.string()) }).nullable(),
  evidence: z.string().nullable(),
  appraisingDepartment: z.string().nullable(),
  scoredBy: z.enum(['unit', 'appraiser', 'survey']),
  note: z.string().nullable(),
});
export type FrameworkOutlineNode = z.infer<typeof frameworkOutlineNode>;

/** A finding of the stored criteria set, kept as a warning: a flawed set may be fixed later. */
export const storedFinding = z.object({
  rule: z.string(),
  code: z.string().nullable(),
  nodeId: z.string().nullable(),
  message: bilingual,
  stated: z.string().nullable(),
  computed: z.string().nullable(),
  severity: z.enum(['error', 'warning']),
});

export const frameworkOutline = z.object({
  id,
  key: z.string(),
  name: z.string(),
  unitType,
  year: z.number().int(),
  version: z.string(),
  max: z.string(),
  source: z.string().nullable(),
  nodes: z.array(frameworkOutlineNode),
  findings: z.array(storedFinding),
});
export type FrameworkOutline = z.infer<typeof frameworkOutline>;
