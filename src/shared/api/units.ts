import { z } from 'zod';
import { bilingual, id, unitType } from './common';

export const unitTypeInfo = z.object({ id: unitType, name: bilingual });
export type UnitTypeInfo = z.infer<typeof unitTypeInfo>;
export const unitTypeList = z.array(unitTypeInfo);

export const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(50)
  .regex(/^[A-Za-z0-9._-]+$/, 'A-Z a-z 0-9 . _ -');

export const unit = z.object({
  id,
  code: z.string(),
  name: z.string(),
  type: unitType,
  parentId: id.nullable(),
  active: z.boolean(),
});
export type Unit = z.infer<typeof unit>;
export const unitList = z.array(unit);

export const unitQuery = z.strictObject({
  type: unitType.optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const createUnit = z.strictObject({
  code: unitCode,
  name: z.string().trim().min(1).max(300),
  type: unitType,
  parentId: id.nullable().optional(),
  active: z.boolean().optional(),
});
export type CreateUnit = z.infer<typeof createUnit>;

export const patchUnit = z.strictObject({
  code: unitCode.optional(),
  name: z.string().trim().min(1).max(300).optional(),
  type: unitType.optional(),
  parentId: id.nullable().optional(),
  active: z.boolean().optional(),
});
export type PatchUnit = z.infer<typeof patchUnit>;

export const importRowError = z.object({ row: z.number().int(), field: z.string(), message: bilingual });
export type ImportRowError = z.infer<typeof importRowError>;

export const unitImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(importRowError),
});
export type UnitImportResult = z.infer<typeof unitImportResult>;
