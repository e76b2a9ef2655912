// Results (issue 6): totals, index at every node, lost points, rankings within the unit type,
// classification bands, self vs appraisal gap per field, change since last year, chart data,
// publication. Points as decimal STRINGS; indices as percent strings "87.25". Chart endpoints
// answer plain numbers (display only). Contract text: /work/team/API-6.md.
import { z } from 'zod';
import { bilingual, id } from './common';

export const band = z.object({ code: z.string(), label: bilingual });

export const fieldColumn = z.object({ nodeId: z.string(), code: z.string().nullable(), name: z.string(), max: z.string() });

export const rankingRow = z.object({
  unitId: id,
  unitCode: z.string(),
  unitName: z.string(),
  /** Competition rank (ties share it: 1, 2, 2, 4); null without a result. */
  rank: z.number().int().nullable(),
  tied: z.boolean(),
  total: z.string().nullable(),
  max: z.string(),
  index: z.string().nullable(),
  selfTotal: z.string().nullable(),
  selfIndex: z.string().nullable(),
  band: band.nullable(),
  finalised: z.boolean(),
  /** Leaves without a final score. */
  pending: z.number().int(),
  /** Final points per field, in the order of `fields`. */
  fields: z.array(z.string().nullable()),
  previous: z.object({ rank: z.number().int().nullable(), index: z.string().nullable() }).nullable(),
  /** index − previous index, percentage points ("+2.50" shown by the client); null without last year. */
  indexChange: z.string().nullable(),
  rankChange: z.number().int().nullable(),
});
export type RankingRow = z.infer<typeof rankingRow>;

export const fieldGap = z.object({
  nodeId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  max: z.string(),
  selfIndex: z.string().nullable(),
  finalIndex: z.string().nullable(),
  gap: z.string().nullable(),
});

export const resultsView = z.object({
  period: z.object({ id, name: z.string(), year: z.number().int(), unitType: z.string(), status: z.string() }),
  framework: z.object({ id: z.string(), name: z.string() }),
  fields: z.array(fieldColumn),
  bands: z.array(z.object({ code: z.string(), label: bilingual, minIndex: z.string() })),
  rows: z.array(rankingRow),
  fieldGaps: z.array(fieldGap),
  previousPeriod: z.object({ id, name: z.string(), year: z.number().int() }).nullable(),
  /** True while a unit is not finalised: figures may still change. */
  provisional: z.boolean(),
  notFinalised: z.array(z.object({ unitId: id, unitName: z.string() })),
});
export type ResultsView = z.infer<typeof resultsView>;

export const nodeResult = z.object({
  nodeId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  depth: z.number().int(),
  parentId: z.string().nullable(),
  isLeaf: z.boolean(),
  max: z.string(),
  applicableMax: z.string(),
  self: z.string().nullable(),
  appraisal: z.string().nullable(),
  survey: z.string().nullable(),
  final: z.string().nullable(),
  lost: z.string().nullable(),
  selfIndex: z.string().nullable(),
  finalIndex: z.string().nullable(),
  naReason: z.string().nullable(),
});

export const unitResult = z.object({
  periodId: id,
  unitId: id,
  unitName: z.string(),
  rank: z.number().int().nullable(),
  of: z.number().int(),
  band: band.nullable(),
  total: z.string().nullable(),
  max: z.string(),
  index: z.string().nullable(),
  lost: z.string().nullable(),
  finalised: z.boolean(),
  nodes: z.array(nodeResult),
});
export type UnitResult = z.infer<typeof unitResult>;

export const rankingChart = z.object({
  units: z.array(z.object({ unitId: id, unitName: z.string(), rank: z.number().int().nullable(), index: z.number().nullable(), band: z.string().nullable() })),
  bands: z.array(z.object({ code: z.string(), minIndex: z.number() })),
});
export const radarChart = z.object({
  indicators: z.array(z.object({ nodeId: z.string(), code: z.string().nullable(), name: z.string(), max: z.number() })),
  series: z.array(z.object({ key: z.string(), name: bilingual, unitId: id.nullable(), values: z.array(z.number().nullable()) })),
});
export const gapChart = z.object({
  fields: z.array(z.object({ nodeId: z.string(), code: z.string().nullable(), name: z.string(), selfIndex: z.number().nullable(), finalIndex: z.number().nullable(), gap: z.number().nullable() })),
});
export const trendChart = z.object({
  points: z.array(z.object({ periodId: id, periodName: z.string(), year: z.number().int(), index: z.number().nullable(), rank: z.number().int().nullable(), of: z.number().int() })),
});
export const chartQuery = z.strictObject({ unitId: id.optional() });

export const publicLink = z.object({ token: z.string(), url: z.string(), createdAt: z.string() });
export type PublicLink = z.infer<typeof publicLink>;

/** GET /api/public/results/:token: the published ranking, read-only, no login. */
export const publicResults = z.object({
  period: z.object({ name: z.string(), year: z.number().int(), unitType: z.string(), publishedAt: z.string().nullable() }),
  fields: z.array(fieldColumn),
  bands: z.array(z.object({ code: z.string(), label: bilingual, minIndex: z.string() })),
  rows: z.array(rankingRow.pick({ unitId: true, unitCode: true, unitName: true, rank: true, tied: true, total: true, max: true, index: true, band: true, fields: true, indexChange: true, rankChange: true })),
  fieldGaps: z.array(fieldGap),
});
export type PublicResults = z.infer<typeof publicResults>;
