import { z } from 'zod';
import { id, unitType } from './common';

export const frameworkSummary = z.object({
  id,
  name: z.string(),
  unitType,
  year: z.number().int(),
  version: z.string(),
  leafCount: z.number().int(),
  /** Decimal string, e.g. "100" or "99,5" is never used: always "." — "99.5". */
  max: z.string(),
});
export type FrameworkSummary = z.infer<typeof frameworkSummary>;
export const frameworkList = z.array(frameworkSummary);

/**
 * GET /api/frameworks/:id returns the core Framework with every `max` (and rubric points) as a
 * decimal string, plus `dbId`. Its full shape is src/core/framework.ts; the API keeps it open.
 */
export const frameworkDocument = z.looseObject({ id: z.string(), name: z.string(), nodes: z.array(z.unknown()) });
