// The organiser's overview of a period's remediation plans: per unit, the points to regain, how
// many rows the plan has and how many are filled (solution + lead agency + time frame), the rows
// by status, how many are overdue (not done, time frame ended) and the last change. Pure: the
// service hands over the rows it read.
import { sum, toDecimalString, type Points } from '../../core/points';
import type { RemediationOverviewRow, RemediationStatus } from '../../shared/api/remediation';
import { isOverdue } from './time-frame';

export interface OverviewUnit {
  id: string;
  code: string;
  name: string;
  type: string;
}

export interface OverviewRowInput {
  unit_id: string;
  status: string;
  lost_points: number;
  solution: string;
  lead_agency: string;
  time_frame: string;
  updated_at: string | null;
}

/** A row counts as filled once the three things a plan must say are written. */
export function isFilled(r: Pick<OverviewRowInput, 'solution' | 'lead_agency' | 'time_frame'>): boolean {
  return r.solution.trim() !== '' && r.lead_agency.trim() !== '' && r.time_frame.trim() !== '';
}

export function overviewRows(units: readonly OverviewUnit[], finalised: ReadonlySet<string>, rows: readonly OverviewRowInput[], today: string): RemediationOverviewRow[] {
  const byUnit = new Map<string, OverviewRowInput[]>();
  for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r]);
  return units
    .map((u) => {
      const mine = byUnit.get(u.id) ?? [];
      const n = (s: RemediationStatus) => mine.filter((r) => r.status === s).length;
      const last = mine.reduce<string | null>((a, r) => (r.updated_at !== null && (a === null || r.updated_at > a) ? r.updated_at : a), null);
      const lost = sum(mine.map((r) => r.lost_points as Points));
      return {
        unitId: u.id,
        unitCode: u.code,
        unitName: u.name,
        unitType: u.type,
        available: finalised.has(u.id),
        rows: mine.length,
        filled: mine.filter(isFilled).length,
        lost: toDecimalString(lost),
        'not-started': n('not-started'),
        'in-progress': n('in-progress'),
        done: n('done'),
        overdue: mine.filter((r) => isOverdue(r.status, r.time_frame, today)).length,
        lastUpdate: last,
        sortLost: lost,
      };
    })
    .sort((a, b) => b.sortLost - a.sortLost || a.unitName.localeCompare(b.unitName, 'vi'))
    .map(({ sortLost: _, ...row }) => row);
}
