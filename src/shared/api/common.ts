// Building blocks shared by every API schema. This folder is imported by the server AND the web
// app, so it may import only `zod` and type-only things from src/core — never node:* or the db.
import { z } from 'zod';

export const bilingual = z.object({ vi: z.string(), en: z.string() });
export type BilingualText = z.infer<typeof bilingual>;

export const ROLES = ['admin', 'organiser', 'unit-editor', 'unit-leader', 'appraiser', 'council-chair', 'viewer'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

export const UNIT_TYPES = ['department', 'commune', 'district', 'district-department'] as const;
export const unitType = z.enum(UNIT_TYPES);

export const locale = z.enum(['vi', 'en']);
export type Locale = z.infer<typeof locale>;

/** A calendar date `YYYY-MM-DD` that really exists (2026-02-30 is refused). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'invalid date');

/**
 * A document cited in Vietnamese text, read into its parts ("Kế hoạch số 85/KH-UBND ngày
 * 21/12/2016 của UBND tỉnh …"): evidence items and imported explanations both carry these.
 */
export const citation = z.object({
  kind: z.string().nullable(),
  number: z.string(),
  date: z.string().nullable(),
  issuer: z.string().nullable(),
  subject: z.string().nullable(),
  text: z.string(),
});
export type CitationView = z.infer<typeof citation>;

/** Ids are UUIDs made by the server, or readable slugs for seeded reference data. */
export const id = z.string().min(1).max(200);

export const ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not-found',
  'conflict',
  'rate-limited',
  'payload-too-large',
  'bad-request',
  'internal',
] as const;
export const errorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCode>;

export const errorDetail = z.object({ field: z.string(), message: bilingual });

export const errorBody = z.object({
  error: z.object({
    code: errorCode,
    message: bilingual,
    field: z.string().optional(),
    details: z.array(errorDetail).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

export const health = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
});
export type Health = z.infer<typeof health>;
