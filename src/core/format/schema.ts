import { z } from 'zod';
import { isMonthDay } from '../dates';
import { tryParsePoints } from '../points';

/**
 * The criteria-set file (formatVersion 1) as a zod schema. It describes the FILE: points as
 * decimal numbers or text ("0,75"), percentages in % (95, 99.5), dates as ISO text. parse.ts
 * turns a checked file into core types; docs/framework.schema.json is generated from here.
 * Arithmetic (sums, band coverage) is not checked here: that is the validator's job, so a file
 * with wrong sums still loads and gets every finding with its location.
 */

/** Bilingual text for a custom issue: English in `message`, Vietnamese in `params.vi`. */
function issue(ctx: z.RefinementCtx, vi: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: en, params: { vi } });
}

const DECIMAL_TEXT = /^\s*[+-]?\d+(?:[.,]\d+)?\s*$/;

/** Points: 2, 0.75, "0,75". At most four decimals; never negative in a criteria set. */
export const pointsSchema = z
  .union([z.number(), z.string().regex(DECIMAL_TEXT)])
  .superRefine((v, ctx) => {
    const p = tryParsePoints(v);
    if (p === undefined) issue(ctx, `"${v}" không phải là số điểm (tối đa 4 chữ số thập phân)`, `"${v}" is not a number of points (at most 4 decimals)`);
    else if (p < 0) issue(ctx, `Điểm không được âm: ${v}`, `Points must not be negative: ${v}`);
  })
  .meta({ description: 'Points as a decimal number (0.75) or text with a decimal comma ("0,75"); at most 4 decimals.' });

/** A percentage in % with at most two decimals, 0–100: 95, 99.5, "99,5". */
export const percentSchema = z
  .union([z.number(), z.string().regex(DECIMAL_TEXT)])
  .superRefine((v, ctx) => {
    const p = tryParsePoints(v);
    if (p === undefined || p % 100 !== 0) issue(ctx, `"${v}" không phải là tỷ lệ phần trăm hợp lệ (tối đa 2 chữ số thập phân)`, `"${v}" is not a valid percentage (at most 2 decimals)`);
    else if (p < 0 || p > 100 * 10_000) issue(ctx, `Tỷ lệ phải trong khoảng 0–100%: ${v}`, `A percentage must be within 0–100: ${v}`);
  })
  .meta({ description: 'A percentage in % (95 means 95 %), at most 2 decimals.' });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDateSchema = z
  .string()
  .regex(ISO_DATE)
  .superRefine((v, ctx) => {
    const d = new Date(`${v}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) issue(ctx, `Ngày không tồn tại: ${v}`, `No such date: ${v}`);
  })
  .meta({ description: 'ISO date YYYY-MM-DD.' });

/** A yearly deadline without its year: "01-10" is 10 January of the period's year. */
export const monthDaySchema = z
  .string()
  .regex(/^\d{2}-\d{2}$/)
  .superRefine((v, ctx) => {
    if (!isMonthDay(v)) issue(ctx, `Ngày hằng năm không tồn tại: ${v}`, `No such day of the year: ${v}`);
  })
  .meta({ description: 'A yearly deadline MM-DD, in the year of the period (01-10 = 10 January).' });

/** Codes as printed. YAML reads `code: 1.2` as a number; the reader keeps its source text. */
const codeSchema = z
  .union([z.string(), z.number()])
  .nullable()
  .meta({ description: 'Code as printed: "II", "1.2", "6.6.3"; omit or null for rows without a code.' });

const text = z.string().trim().min(1);

const levelSchema = z.strictObject({
  id: z.string().min(1).optional().meta({ description: 'What a unit declares; default: the level\'s position (1, 2, …).' }),
  label: text,
  labelEn: text.optional(),
  points: pointsSchema,
});

function uniqueIds(list: { id?: string | undefined }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const id = item.id ?? String(i + 1);
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Duplicate id "${id}"`, params: { vi: `Mã "${id}" bị trùng` }, path: [i, 'id'] });
    seen.add(id);
  });
}

const levelsRubric = z.strictObject({
  type: z.literal('levels'),
  levels: z.array(levelSchema).min(1).superRefine(uniqueIds),
});

const deadlineRubric = z.strictObject({
  type: z.literal('deadline'),
  deadline: z.union([isoDateSchema, monthDaySchema]).optional(),
  tiers: z
    .array(
      z.strictObject({
        maxDaysLate: z.number().int().min(0).nullable().meta({ description: 'Latest delay in whole days for this tier (0 = on time); null = any delay.' }),
        points: pointsSchema,
        label: text,
        labelEn: text.optional(),
      }),
    )
    .min(1),
  missingPoints: pointsSchema,
  missingLabel: text.optional(),
});

const percentBand = z.strictObject({
  from: percentSchema.nullable().optional().meta({ description: 'Lowest value in the band (từ X); omitted = no lower bound.' }),
  fromExclusive: z.boolean().optional().meta({ description: 'true when the band starts strictly above `from` ("trên X%").' }),
  to: percentSchema.nullable().optional().meta({ description: 'Band ends below this value (đến dưới Y); omitted = no upper bound.' }),
  toInclusive: z.boolean().optional().meta({ description: 'true when the band includes `to` ("đến Y").' }),
  points: pointsSchema,
  label: text,
  labelEn: text.optional(),
});

const percentBandsRubric = z.strictObject({ type: z.literal('percent-bands'), bands: z.array(percentBand).min(1) });
const proportionalRubric = z.strictObject({ type: z.literal('proportional'), step: pointsSchema.optional() });
const deductionRubric = z.strictObject({
  type: z.literal('deduction'),
  perItem: pointsSchema,
  floor: pointsSchema.optional(),
  itemLabel: text.optional(),
});
const countRubric = z.strictObject({
  type: z.literal('count'),
  perItem: pointsSchema,
  cap: pointsSchema.optional(),
  itemLabel: text.optional(),
});
const checklistRubric = z.strictObject({ type: z.literal('checklist'), items: z.array(levelSchema).min(1).superRefine(uniqueIds) });
const shareOfMaxRubric = z.strictObject({
  type: z.literal('share-of-max'),
  levels: z
    .array(z.strictObject({ id: z.string().min(1).optional(), label: text, labelEn: text.optional(), share: percentSchema }))
    .min(1)
    .superRefine(uniqueIds),
});
const yesNoRubric = z.strictObject({
  type: z.literal('yes-no'),
  yesLabel: text.optional(),
  noLabel: text.optional(),
  yes: pointsSchema.optional(),
  no: pointsSchema.optional(),
});
const manualRubric = z.strictObject({ type: z.literal('manual'), step: pointsSchema.optional() });

export const rubricSchema = z.discriminatedUnion('type', [
  levelsRubric, deadlineRubric, percentBandsRubric, proportionalRubric, deductionRubric,
  countRubric, checklistRubric, shareOfMaxRubric, yesNoRubric, manualRubric,
]);

export const naPolicySchema = z.enum(['exclude', 'full', 'zero']);

/** A positive decimal weight: 1, 0.4, "0,4". */
const weightSchema = z
  .union([z.number(), z.string().regex(DECIMAL_TEXT)])
  .superRefine((v, ctx) => {
    const p = tryParsePoints(v);
    if (p === undefined) issue(ctx, `"${v}" không phải là trọng số hợp lệ (tối đa 4 chữ số thập phân)`, `"${v}" is not a valid weight (at most 4 decimals)`);
    else if (p <= 0) issue(ctx, `Trọng số phải lớn hơn 0: ${v}`, `A weight must be greater than 0: ${v}`);
  })
  .meta({ description: 'Relative weight of a respondent group in the mean (1, 2, 0.4, "0,4"); only the ratios matter.' });

/**
 * Survey conversion (điều tra xã hội học): the answers and the share of the points each is
 * worth, the respondent groups and their weights, the rounding step. Counting rules (at least
 * two answers, unique labels, best answer 100 %) are the validator's, so a file breaking them
 * still loads and gets findings with their location.
 */
export const surveySettingsSchema = z
  .strictObject({
    answers: z
      .array(
        z.strictObject({
          answer: z.union([z.string().trim().min(1).max(10), z.number()]).meta({ description: 'What the respondent ticks, as printed on the form: A, B, 1, 2 …' }),
          label: text.optional().meta({ description: 'The wording of the answer (Rất hài lòng).' }),
          labelEn: text.optional(),
          share: percentSchema.meta({ description: 'Share of the question\'s points the answer is worth, in % (60 = 60 %).' }),
        }),
      )
      .optional()
      .meta({ description: 'Answers and their shares; default A 100 %, B 60 %, C 20 %, D 0 %.' }),
    groups: z
      .array(z.strictObject({ name: text, nameEn: text.optional(), weight: weightSchema.optional() }))
      .optional()
      .meta({ description: 'Respondent groups (officials, citizens, businesses) and their weights (default 1); when given, survey figures must name one of them.' }),
    step: pointsSchema.optional().meta({ description: "Rounding step of the criterion's points; default 0.01." }),
    note: text.optional().meta({ description: 'Why the scale is as it is (e.g. a best answer below 100 %).' }),
  })
  .meta({ id: 'survey', description: 'How survey answers convert to points; on a node it overrides the set, key by key.' });

export interface NodeFile {
  id?: string | undefined;
  code?: string | number | null | undefined;
  name: string;
  nameEn?: string | undefined;
  max: string | number;
  kind?: 'normal' | 'bonus' | 'penalty' | undefined;
  scoredBy?: 'unit' | 'appraiser' | 'survey' | undefined;
  appraisingDepartment?: string | undefined;
  naAllowed?: boolean | undefined;
  naPolicy?: 'exclude' | 'full' | 'zero' | undefined;
  survey?: z.infer<typeof surveySettingsSchema> | undefined;
  rubric?: z.infer<typeof rubricSchema> | undefined;
  evidence?: string | undefined;
  note?: string | undefined;
  children?: NodeFile[] | undefined;
}

export const nodeSchema: z.ZodType<NodeFile> = z.strictObject({
  id: z.string().min(1).optional().meta({ description: 'Stable id; default: the qualified code ("II.6.6.3").' }),
  code: codeSchema.optional(),
  name: text,
  nameEn: text.optional(),
  max: pointsSchema.meta({ description: 'Stated maximum (điểm tối đa / điểm chuẩn).' }),
  kind: z.enum(['normal', 'bonus', 'penalty']).optional(),
  scoredBy: z.enum(['unit', 'appraiser', 'survey']).optional(),
  appraisingDepartment: text.optional(),
  naAllowed: z.boolean().optional(),
  naPolicy: naPolicySchema.optional(),
  survey: surveySettingsSchema.optional(),
  rubric: rubricSchema.optional(),
  evidence: text.optional(),
  note: text.optional(),
  get children() {
    return z.array(nodeSchema).optional();
  },
}).meta({ id: 'node' });

const classificationBand = z.strictObject({
  code: text,
  label: z.strictObject({ vi: text, en: text }),
  from: percentSchema.meta({ description: 'Lowest index in the band, in %.' }),
});

export const frameworkFileSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/).meta({ description: 'Lower-case slug.' }),
  name: text,
  unitType: z.enum(['department', 'commune', 'district', 'district-department']),
  year: z.number().int().min(2000).max(2100),
  version: z.union([z.string().min(1), z.number()]),
  naPolicy: naPolicySchema,
  totalMax: pointsSchema.optional().meta({ description: 'The grand total the document states (tổng điểm); checked against the sum of the top-level nodes.' }),
  source: text.optional(),
  survey: surveySettingsSchema.optional(),
  bands: z.array(classificationBand),
  nodes: z.array(nodeSchema).min(1),
  repairs: z.array(text).optional(),
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type RubricFile = z.infer<typeof rubricSchema>;
export type SurveyFile = z.infer<typeof surveySettingsSchema>;
