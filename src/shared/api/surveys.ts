// Survey points (issue 6): figures per unit × survey-scored criterion × respondent group, imported
// from CSV/.xlsx or entered by hand, converted to points by src/core/survey. Every figure keeps
// its source (file, row, import). Contract text: /work/team/API-6.md.
import { z } from 'zod';
import { decimalString } from './assessments';
import { bilingual, id } from './common';

export const SURVEY_VALUE_KINDS = ['percent', 'score', 'answers'] as const;
export const surveyValueKind = z.enum(SURVEY_VALUE_KINDS);

export const surveySource = z.object({
  kind: z.enum(['file', 'manual']),
  importId: id.nullable(),
  fileName: z.string().nullable(),
  /** 1-based row of the file (the header is row 1). */
  row: z.number().int().nullable(),
});

export const surveyFigure = z.object({
  id,
  unitId: id,
  unitCode: z.string(),
  unitName: z.string(),
  nodeId: z.string(),
  code: z.string().nullable(),
  group: z.string(),
  /**
   * 'percent': share of the criterion's points in %, "72.5"; 'score': points on the criterion's
   * scale; 'answers': counts per answer, `value` the percent they came to with `shares`.
   */
  kind: surveyValueKind,
  value: z.string(),
  /** 'answers' only: the counts as entered, by the set's spelling of each answer. */
  answers: z.record(z.string(), z.number().int()).nullable(),
  /** 'answers' only: the shares the counts were converted with ("75", "33.33" in %). */
  shares: z.array(z.object({ answer: z.string(), percent: z.string() })).nullable(),
  source: surveySource,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type SurveyFigure = z.infer<typeof surveyFigure>;

/** The points a unit gets on a criterion: the mean over its respondent groups. */
export const surveyResult = z.object({
  unitId: id,
  nodeId: z.string(),
  points: z.string(),
  groups: z.number().int(),
  explanation: bilingual,
});

export const surveyImportInfo = z.object({
  id,
  fileName: z.string(),
  rows: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

/** Where a part of a criterion's rule comes from: its own override, the set, or the default. */
export const surveyRuleOrigin = z.enum(['criterion', 'set', 'default']);

/** A survey-scored criterion's conversion rule, resolved from the criteria set. */
export const surveyRuleView = z.object({
  answers: z.array(z.object({ answer: z.string(), label: z.string().nullable(), labelEn: z.string().nullable(), percent: z.string() })),
  answersFrom: surveyRuleOrigin,
  /** null: any group, all weighing the same. */
  groups: z.array(z.object({ name: z.string(), nameEn: z.string().nullable(), weight: z.string() })).nullable(),
  groupsFrom: surveyRuleOrigin,
  step: z.string(),
  note: z.string().nullable(),
});
export type SurveyRuleView = z.infer<typeof surveyRuleView>;

export const surveyView = z.object({
  criteria: z.array(z.object({ nodeId: z.string(), code: z.string().nullable(), name: z.string(), max: z.string(), rule: surveyRuleView })),
  /** The set's answer shares (default A 100 %, B 60 %, C 20 %, D 0 %); each criterion's own are in `criteria[].rule`. */
  answerShares: z.array(z.object({ answer: z.string(), percent: z.string() })),
  figures: z.array(surveyFigure),
  results: z.array(surveyResult),
  imports: z.array(surveyImportInfo),
  canEdit: z.boolean(),
});
export type SurveyView = z.infer<typeof surveyView>;

/** One row error: the row of the file and the column, bilingual. */
export const surveyRowError = z.object({ row: z.number().int(), column: z.string(), message: bilingual });
export type SurveyRowError = z.infer<typeof surveyRowError>;

/** 200 when applied; 400 with `errors` (and nothing applied) otherwise. */
export const surveyImportResult = z.object({
  importId: id.nullable(),
  applied: z.number().int(),
  units: z.number().int(),
  criteria: z.number().int(),
  errors: z.array(surveyRowError),
});
export type SurveyImportResult = z.infer<typeof surveyImportResult>;

/**
 * Manual entry of one figure. Give exactly one of `percent`, `score`, or `answers` (counts of
 * answers per option, converted with the criterion's answer shares to a percent). When the set
 * lists respondent groups, `group` must be one of them.
 */
export const putSurveyFigure = z.strictObject({
  unitId: id,
  nodeId: z.string().min(1).max(200),
  group: z.string().trim().min(1).max(100),
  percent: decimalString.optional(),
  score: decimalString.optional(),
  /** Counts per answer of the criterion's scale (criteria set `survey.answers`). */
  answers: z.record(z.string().max(10), z.number().int().min(0).max(10_000_000)).optional(),
});
export type PutSurveyFigure = z.infer<typeof putSurveyFigure>;
