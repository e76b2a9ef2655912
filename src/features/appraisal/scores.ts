// Item rows → core LeafScores, the one place that decides which stored score counts: the unit's
// self score only on unit-scored leaves, the survey only on survey leaves, and N/A only while
// the council has not put a score on the item (an appraisal overrides the unit's N/A).
import type { FieldFigures } from '../../shared/api/appraisal';
import type { LeafScore, NodeResult } from '../../core/aggregate';
import { toDecimalString, type Points } from '../../core/points';
import type { PreparedFramework } from '../assessments/prepared';
import { indexString } from '../assessments/present';

export interface ScoreRow {
  node_id: string;
  self_points: number | null;
  na_reason: string | null;
  appraisal_points: number | null;
  survey_points: number | null;
}

export function leafScore(prepared: PreparedFramework, r: ScoreRow): LeafScore | null {
  const leaf = prepared.leaves.get(r.node_id);
  if (!leaf) return null;
  if (r.na_reason !== null && leaf.naAllowed && r.appraisal_points === null) return { nodeId: r.node_id, na: { reason: r.na_reason } };
  return {
    nodeId: r.node_id,
    self: leaf.scoredBy === 'unit' ? (r.self_points as Points | null) : null,
    appraisal: r.appraisal_points as Points | null,
    survey: leaf.scoredBy === 'survey' ? (r.survey_points as Points | null) : null,
  };
}

export function leafScores(prepared: PreparedFramework, rows: readonly ScoreRow[]): LeafScore[] {
  const out: LeafScore[] = [];
  for (const r of rows) {
    const s = leafScore(prepared, r);
    if (s) out.push(s);
  }
  return out;
}

/**
 * The appraisal restricted to the leaves the unit scores itself, put in the `self` slot so the
 * aggregate's self index of it divides by the same denominator as the unit's own self index
 * (selfApplicableMax). Survey leaves are left out: the unit never scored them, so a gap that
 * counted them would compare different bases (0 % self over the unit's items against 31 %
 * over everything). N/A follows leafScore, so both sides exclude the same leaves.
 */
export function appraisalOnUnitLeaves(prepared: PreparedFramework, rows: readonly ScoreRow[]): LeafScore[] {
  const out: LeafScore[] = [];
  for (const r of rows) {
    const leaf = prepared.leaves.get(r.node_id);
    if (!leaf || leaf.scoredBy !== 'unit') continue;
    if (r.na_reason !== null && leaf.naAllowed && r.appraisal_points === null) out.push({ nodeId: r.node_id, na: { reason: r.na_reason } });
    else out.push({ nodeId: r.node_id, self: r.appraisal_points as Points | null, appraisal: null, survey: null });
  }
  return out;
}

const str = (p: Points | null): string | null => (p === null ? null : toDecimalString(p));

/**
 * A node's figures. `onUnitLeaves` is the same node in the aggregate of appraisalOnUnitLeaves:
 * the gap is self index − appraised index over the unit's own items (like with like), null
 * until something the unit scored has been appraised.
 */
export function figures(n: NodeResult, onUnitLeaves: NodeResult | undefined): FieldFigures {
  const appraised = onUnitLeaves?.selfIndex ?? null;
  const gap = n.selfIndex !== null && appraised !== null ? n.selfIndex - appraised : null;
  return {
    nodeId: n.nodeId,
    code: n.code,
    name: n.name,
    max: toDecimalString(n.max),
    self: str(n.self),
    appraisal: str(n.appraisal),
    final: str(n.final),
    lost: str(n.lost),
    selfIndex: indexString(n.selfIndex),
    finalIndex: indexString(n.finalIndex),
    appraisedSelfIndex: indexString(appraised),
    gap: indexString(gap),
  };
}
