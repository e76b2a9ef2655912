// Progress and totals of one assessment: answered share, items without evidence, flagged items,
// and the self total, index and per-field results from core aggregation (exact integer points).
import { aggregateCompiled, type LeafScore } from '../../core/aggregate';
import { toDecimalString, type Points } from '../../core/points';
import type { AssessmentSummary, Item } from '../../shared/api/assessments';
import { indexString, pointsString } from './present';
import type { PreparedFramework } from './prepared';

export interface ScoreRow {
  node_id: string;
  self_points: number | null;
  na_reason: string | null;
}

export function leafScores(prepared: PreparedFramework, rows: readonly ScoreRow[]): LeafScore[] {
  const scores: LeafScore[] = [];
  for (const r of rows) {
    const leaf = prepared.leaves.get(r.node_id);
    if (!leaf) continue;
    if (r.na_reason !== null && leaf.naAllowed) scores.push({ nodeId: r.node_id, na: { reason: r.na_reason } });
    else if (r.self_points !== null && leaf.scoredBy === 'unit') scores.push({ nodeId: r.node_id, self: r.self_points as Points });
  }
  return scores;
}

/** Root total and index only (organiser's list). */
export function totals(prepared: PreparedFramework, rows: readonly ScoreRow[]): { selfTotal: string | null; index: string | null; answered: number } {
  const result = aggregateCompiled(prepared.compiled, leafScores(prepared, rows));
  const root = result.root;
  return { selfTotal: pointsString(root.self), index: indexString(root.selfIndex), answered: rows.filter((r) => r.self_points !== null || r.na_reason !== null).length };
}

export function summarize(prepared: PreparedFramework, rows: readonly ScoreRow[], items: readonly Item[]): AssessmentSummary {
  const result = aggregateCompiled(prepared.compiled, leafScores(prepared, rows));
  const root = result.root;
  let unitLeaves = 0;
  for (const leaf of prepared.leaves.values()) if (leaf.scoredBy === 'unit') unitLeaves++;
  const has = (i: Item, code: string) => i.flags.some((f) => f.code === code);
  return {
    leaves: prepared.leaves.size,
    unitLeaves,
    answered: items.filter((i) => i.points !== null || i.na !== null).length,
    na: items.filter((i) => i.na !== null).length,
    withoutEvidence: items.filter((i) => has(i, 'no-evidence')).length,
    flagged: items.filter((i) => i.flags.some((f) => f.code !== 'no-evidence')).length,
    withErrors: items.filter((i) => i.errors.length > 0).length,
    selfTotal: pointsString(root.self),
    max: toDecimalString(root.max),
    index: indexString(root.selfIndex),
    byField: prepared.framework.nodes.map((n) => {
      const r = result.node(n.id);
      return {
        nodeId: n.id,
        code: n.code,
        name: n.name,
        max: toDecimalString(n.max),
        self: r ? pointsString(r.self) : null,
        index: r ? indexString(r.selfIndex) : null,
      };
    }),
  };
}
