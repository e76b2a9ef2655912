// Computed results → API shapes: the ranking table, field gaps, charts, the public view and the
// export input. Points as decimal strings, indices as "87.25"; charts as plain numbers.
import { toDecimalString, type Points } from '../../core/points';
import type { RankingInput } from '../../export/types';
import type { PublicResults, ResultsView } from '../../shared/api/results';
import { indexString } from '../assessments/present';
import { mean, type PeriodResults, type UnitFigures } from './compute';

const str = (p: Points | null): string | null => (p === null ? null : toDecimalString(p));
const num = (hundredths: number | null): number | null => (hundredths === null ? null : hundredths / 100);

export function fieldsOf(r: PeriodResults) {
  return r.prepared.framework.nodes.map((n) => ({ nodeId: n.id, code: n.code, name: n.name, max: toDecimalString(r.prepared.compiled.max[r.prepared.compiled.indexById.get(n.id)!]! as Points) }));
}

export function bandsOf(r: PeriodResults) {
  return [...r.prepared.framework.bands].sort((a, b) => b.minIndex - a.minIndex).map((b) => ({ code: b.code, label: b.label, minIndex: indexString(b.minIndex)! }));
}

type Gap = { nodeId: string; code: string | null; name: string; max: string; selfIndex: number | null; finalIndex: number | null; gap: number | null };
const gapMemo = new WeakMap<PeriodResults, Gap[]>();

/** Averages per field over the units (one pass per field); memoised per computed result. */
export function fieldGaps(r: PeriodResults): Gap[] {
  const hit = gapMemo.get(r);
  if (hit) return hit;
  const fields = fieldsOf(r);
  const gaps = r.prepared.framework.nodes.map((n, i) => {
    const selfs: (number | null)[] = [];
    const finals: (number | null)[] = [];
    const diffs: (number | null)[] = [];
    for (const u of r.units) {
      const s = u.fieldSelfIndex[i] ?? null;
      const f = u.fieldFinalIndex[i] ?? null;
      selfs.push(s);
      finals.push(f);
      diffs.push(s !== null && f !== null ? s - f : null);
    }
    return { nodeId: n.id, code: n.code, name: n.name, max: fields[i]!.max, selfIndex: mean(selfs), finalIndex: mean(finals), gap: mean(diffs) };
  });
  gapMemo.set(r, gaps);
  return gaps;
}

function rowOf(u: UnitFigures, previous: PeriodResults | null) {
  const prev = previous?.byUnit.get(u.unitId) ?? null;
  return {
    unitId: u.unitId,
    unitCode: u.code,
    unitName: u.name,
    rank: u.rank,
    tied: u.tied,
    total: str(u.final),
    max: toDecimalString(u.max),
    index: indexString(u.finalIndex),
    selfTotal: str(u.self),
    selfIndex: indexString(u.selfIndex),
    band: u.band ? { code: u.band.code, label: u.band.label } : null,
    finalised: u.finalised,
    pending: u.pending,
    fields: u.fieldFinal.map(str),
    previous: prev ? { rank: prev.rank, index: indexString(prev.finalIndex) } : null,
    indexChange: prev && prev.finalIndex !== null && u.finalIndex !== null ? indexString(u.finalIndex - prev.finalIndex) : null,
    // Positive = moved up (rank 5 → 3 is +2).
    rankChange: prev && prev.rank !== null && u.rank !== null ? prev.rank - u.rank : null,
  };
}

const viewMemo = new WeakMap<PeriodResults, { previous: PeriodResults | null; view: ResultsView }>();

/** The ranking table; memoised per computed result (cached results are served as they are). */
export function resultsView(r: PeriodResults, previous: PeriodResults | null): ResultsView {
  const hit = viewMemo.get(r);
  if (hit && hit.previous === previous) return hit.view;
  const view = buildView(r, previous);
  viewMemo.set(r, { previous, view });
  return view;
}

function buildView(r: PeriodResults, previous: PeriodResults | null): ResultsView {
  return {
    period: { id: r.period.id, name: r.period.name, year: r.period.year, unitType: r.period.unitType, status: r.period.status },
    framework: { id: r.prepared.id, name: r.prepared.framework.name },
    fields: fieldsOf(r),
    bands: bandsOf(r),
    rows: r.units.map((u) => rowOf(u, previous)),
    fieldGaps: fieldGaps(r).map((g) => ({ ...g, selfIndex: indexString(g.selfIndex), finalIndex: indexString(g.finalIndex), gap: indexString(g.gap) })),
    previousPeriod: previous ? { id: previous.period.id, name: previous.period.name, year: previous.period.year } : null,
    provisional: r.notFinalised.length > 0,
    notFinalised: r.notFinalised.map((u) => ({ unitId: u.unitId, unitName: u.name })),
  };
}

const jsonMemo = new WeakMap<PeriodResults, { previous: PeriodResults | null; json: string }>();

/**
 * The ranking table as JSON text, serialised once per computed result (1.3 MB for 4 000 units).
 * A cached result is only used while the period row is unchanged, so its period part is current.
 */
export function resultsJson(r: PeriodResults, previous: PeriodResults | null): string {
  const hit = jsonMemo.get(r);
  if (hit && hit.previous === previous) return hit.json;
  const json = JSON.stringify(resultsView(r, previous));
  jsonMemo.set(r, { previous, json });
  return json;
}

const publicMemo = new WeakMap<PeriodResults, { previous: PeriodResults | null; publishedAt: string | null; json: string }>();

/** The public view as JSON text, serialised once per computed result. */
export function publicJson(r: PeriodResults, previous: PeriodResults | null, publishedAt: string | null): string {
  const hit = publicMemo.get(r);
  if (hit && hit.previous === previous && hit.publishedAt === publishedAt) return hit.json;
  const json = JSON.stringify(publicView(r, previous, publishedAt));
  publicMemo.set(r, { previous, publishedAt, json });
  return json;
}

export function publicView(r: PeriodResults, previous: PeriodResults | null, publishedAt: string | null): PublicResults {
  const v = resultsView(r, previous);
  return {
    period: { name: r.period.name, year: r.period.year, unitType: r.period.unitType, publishedAt },
    fields: v.fields,
    bands: v.bands,
    rows: v.rows.map((x) => ({ unitId: x.unitId, unitCode: x.unitCode, unitName: x.unitName, rank: x.rank, tied: x.tied, total: x.total, max: x.max, index: x.index, band: x.band, fields: x.fields, indexChange: x.indexChange, rankChange: x.rankChange })),
    fieldGaps: v.fieldGaps,
  };
}

export function rankingChart(r: PeriodResults) {
  return {
    units: r.units.map((u) => ({ unitId: u.unitId, unitName: u.name, rank: u.rank, index: num(u.finalIndex), band: u.band?.code ?? null })),
    bands: bandsOf(r).map((b) => ({ code: b.code, minIndex: Number(b.minIndex) })),
  };
}

export function radarChart(r: PeriodResults, unitId: string | undefined) {
  const fields = r.prepared.framework.nodes;
  const series: { key: string; name: { vi: string; en: string }; unitId: string | null; values: (number | null)[] }[] = [];
  const unit = unitId === undefined ? undefined : r.byUnit.get(unitId);
  if (unit) series.push({ key: 'unit', name: { vi: unit.name, en: unit.name }, unitId: unit.unitId, values: unit.fieldFinalIndex.map(num) });
  series.push({ key: 'average', name: { vi: 'Trung bình', en: 'Average' }, unitId: null, values: fields.map((_, i) => num(mean(r.units.map((u) => u.fieldFinalIndex[i] ?? null)))) });
  const best = r.units[0];
  if (best && best.rank !== null) series.push({ key: 'best', name: { vi: `Cao nhất: ${best.name}`, en: `Best: ${best.name}` }, unitId: best.unitId, values: best.fieldFinalIndex.map(num) });
  return { indicators: fields.map((n) => ({ nodeId: n.id, code: n.code, name: n.name, max: 100 })), series };
}

export function gapChart(r: PeriodResults, unitId: string | undefined) {
  const unit = unitId === undefined ? undefined : r.byUnit.get(unitId);
  const gaps = fieldGaps(r);
  return {
    fields: gaps.map((g, i) => {
      if (!unit) return { nodeId: g.nodeId, code: g.code, name: g.name, selfIndex: num(g.selfIndex), finalIndex: num(g.finalIndex), gap: num(g.gap) };
      const s = unit.fieldSelfIndex[i] ?? null;
      const f = unit.fieldFinalIndex[i] ?? null;
      return { nodeId: g.nodeId, code: g.code, name: g.name, selfIndex: num(s), finalIndex: num(f), gap: s !== null && f !== null ? num(s - f) : null };
    }),
  };
}

export function rankingInput(r: PeriodResults, unitTypeName: string): RankingInput {
  return {
    unitTypeName,
    year: r.period.year,
    fields: r.prepared.framework.nodes.map((n, i) => ({ code: n.code ?? String(i + 1), name: n.name, max: r.prepared.compiled.max[r.prepared.compiled.indexById.get(n.id)!]! as Points })),
    rows: r.units
      .filter((u) => u.rank !== null && u.final !== null && u.finalIndex !== null)
      .map((u) => ({ rank: u.rank!, unitName: u.name, total: u.final!, index: u.finalIndex!, classification: u.band?.label.vi, fieldPoints: u.fieldFinal })),
  };
}

