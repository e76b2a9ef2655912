// Remediation rows and field losses as the API shows them.
import type { CompiledAssessment } from '../../core/aggregate';
import { percentOf, sum, toDecimalString, type Points } from '../../core/points';
import type { RemediationRowView, RemediationStatus } from '../../shared/api/remediation';
import type { LeafInfo, PreparedFramework } from '../assessments/prepared';
import { indexString } from '../assessments/present';
import type { RowWithName } from './repository';

export function presentRow(r: RowWithName, leaf: LeafInfo | undefined, progress: { id: string; at: string; username: string | null; status: string; note: string }[]): RemediationRowView {
  return {
    id: r.id,
    nodeId: r.node_id,
    code: leaf?.node.code ?? null,
    name: leaf?.node.name ?? r.node_id,
    fieldId: leaf?.fieldId ?? '',
    max: toDecimalString(r.max_points as Points),
    appraisal: toDecimalString(r.appraisal_points as Points),
    lost: toDecimalString(r.lost_points as Points),
    solution: r.solution,
    leadAgency: r.lead_agency,
    cooperatingAgencies: r.cooperating_agencies,
    timeFrame: r.time_frame,
    note: r.note,
    status: r.status as RemediationStatus,
    progress: progress.map((p) => ({ id: p.id, at: p.at, username: p.username, status: p.status as RemediationStatus, note: p.note })),
    version: r.version,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by_name ?? null,
  };
}

/** Fields by points lost (most first), with each one's share of all points lost. */
export function fieldLosses(prepared: PreparedFramework, result: CompiledAssessment) {
  const fields = prepared.framework.nodes.map((n) => result.node(n.id)!).filter((n) => n.kind === 'normal');
  const lostOf = (n: (typeof fields)[number]) => (n.lost ?? 0) as Points;
  const total = sum(fields.map(lostOf));
  // Sorted on the integer units, before they become decimal text.
  return [...fields]
    .sort((a, b) => lostOf(b) - lostOf(a))
    .map((n) => ({
      nodeId: n.nodeId,
      code: n.code,
      name: n.name,
      max: toDecimalString(n.max),
      final: n.final === null ? null : toDecimalString(n.final),
      lost: toDecimalString(lostOf(n)),
      share: indexString(total > 0 ? percentOf(lostOf(n), total) : 0)!,
    }));
}
