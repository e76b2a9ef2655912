// Queries and actions of the remediation screens (contract: /work/team/API-6.md §6).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { RemediationOverviewRow, RemediationPlan, RemediationRowView } from '../../../../src/shared/api/remediation';
import { api } from '../../api/client';

const enc = encodeURIComponent;

export type OverviewRow = RemediationOverviewRow;

export const planKey = (periodId: string, unitId: string) => ['remediation', periodId, unitId] as const;

export function usePlan(periodId: string, unitId: string) {
  return useQuery({
    queryKey: planKey(periodId, unitId),
    queryFn: () => api.get<RemediationPlan>(`/periods/${enc(periodId)}/units/${enc(unitId)}/remediation`),
    staleTime: 0,
  });
}

export function useOverview(periodId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['remediation-overview', periodId],
    queryFn: () => api.get<OverviewRow[]>(`/periods/${enc(periodId)}/remediation`),
    enabled,
  });
}

/** Puts a saved row back into the cached plan without refetching the whole plan. */
export function useReplaceRow(periodId: string, unitId: string) {
  const qc = useQueryClient();
  return (row: RemediationRowView) =>
    qc.setQueryData<RemediationPlan>(planKey(periodId, unitId), (plan) =>
      plan ? { ...plan, rows: plan.rows.map((r) => (r.id === row.id ? row : r)) } : plan,
    );
}

export function planUrl(periodId: string, unitId: string, kind: 'docx' | 'xlsx'): string {
  return `/api/periods/${enc(periodId)}/units/${enc(unitId)}/remediation.${kind}`;
}

/** Every unit's plan of the period in one spreadsheet. */
export function allPlansUrl(periodId: string): string {
  return `/api/periods/${enc(periodId)}/remediation.xlsx`;
}
