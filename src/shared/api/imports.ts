// Importing documents in the web app (issue 4): upload → preview → confirm into a criteria set
// or into a unit's self-assessment, or discard. The preview carries the importer's result
// (src/import/types.ts ImportResult, numbers as JSON numbers like the `chiso import --json`
// output) plus what the screen needs: row ids, rubric text, findings placed on their rows.
import { z } from 'zod';
import { bilingual, citation, id, unitType } from './common';
import { storedFinding } from './frameworks';

export const IMPORT_KINDS = ['framework', 'report', 'remediation'] as const;
export const importKind = z.enum(IMPORT_KINDS);
export type ImportKind = z.infer<typeof importKind>;

export const IMPORT_STATUSES = ['draft', 'confirmed', 'discarded'] as const;
export const importStatus = z.enum(IMPORT_STATUSES);

const num = z.number().nullable();

/** One row of the parsed tree, flattened in document order (`parentId` null = top level). */
export const importNodeView = z.object({
  /** Qualified code ("II.6.6.3"), unique in the document: the same id the criteria set gets. */
  id: z.string(),
  parentId: z.string().nullable(),
  depth: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  max: num,
  self: num,
  appraisal: num,
  lost: num,
  explanation: z.string().nullable(),
  citations: z.array(citation),
  /** The rubric levels as readable rules, one line per level (core describeRubric). */
  rubric: z.object({ type: z.string(), vi: z.array(z.string()), en: z.array(z.string()) }).nullable(),
  solution: z.string().nullable(),
  lead: z.string().nullable(),
  cooperating: z.string().nullable(),
  timeframe: z.string().nullable(),
  note: z.string().nullable(),
  leaf: z.boolean(),
});
export type ImportNodeView = z.infer<typeof importNodeView>;

export const importFindingView = z.object({
  rule: z.string(),
  code: z.string().nullable(),
  /** The row the finding is about, when it is about one row; null = the document's totals. */
  nodeId: z.string().nullable(),
  message: bilingual,
  stated: num,
  computed: num,
});
export type ImportFindingView = z.infer<typeof importFindingView>;

export const importWarningView = z.object({ line: z.number().int().nullable(), message: bilingual });

export const importMatch = z.object({
  frameworkId: id,
  frameworkName: z.string(),
  /** How many imported rows found their criterion. */
  matched: z.number().int(),
  /** Imported rows with no counterpart in the criteria set. */
  unmatched: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ImportMatch = z.infer<typeof importMatch>;

export const importView = z.object({
  id,
  fileName: z.string(),
  size: z.number().int(),
  status: importStatus,
  createdAt: z.string(),
  kind: importKind,
  title: z.string().nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  totals: z.object({ max: num, self: num, appraisal: num, lost: num }),
  nodes: z.array(importNodeView),
  findings: z.array(importFindingView),
  warnings: z.array(importWarningView),
  /** Best match among the stored criteria sets (reports and plans), when one fits. */
  match: importMatch.nullable(),
  /** What a confirmed import became. */
  outcome: z.unknown().nullable(),
});
export type ImportView = z.infer<typeof importView>;

export const confirmToFramework = z.strictObject({
  target: z.literal('framework'),
  name: z.string().trim().min(1).max(300).optional(),
  unitType,
  year: z.number().int().min(2000).max(2100),
  version: z.string().trim().min(1).max(40),
});

export const confirmToAssessment = z.strictObject({
  target: z.literal('assessment'),
  periodId: id,
  unitId: id,
});

export const confirmImport = z.discriminatedUnion('target', [confirmToFramework, confirmToAssessment]);
export type ConfirmImport = z.infer<typeof confirmImport>;

export const confirmResult = z.discriminatedUnion('target', [
  z.object({ target: z.literal('framework'), frameworkId: id, name: z.string(), findings: z.array(storedFinding) }),
  z.object({
    target: z.literal('assessment'),
    assessmentId: id,
    periodId: id,
    unitId: id,
    /** Leaves whose self points and explanation were filled. */
    filled: z.number().int(),
    /** Imported rows that matched no criterion of the period's set. */
    unmatched: z.array(z.object({ id: z.string(), name: z.string() })),
    /** Matched leaves left as they were, with the reason. */
    skipped: z.array(z.object({ nodeId: z.string(), name: z.string(), reason: bilingual })),
  }),
]);
export type ConfirmResult = z.infer<typeof confirmResult>;

export const matchQuery = z.strictObject({ periodId: id });
