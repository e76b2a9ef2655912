// Queries and actions of the self-assessment screens (contract: /work/team/API-5.md).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AssessmentHeader,
  AssessmentRow,
  AssessmentView,
  ChecklistEntry,
  Evidence,
  HistoryEntry,
  Notification,
} from './contract';

const enc = encodeURIComponent;

export const assessmentKeys = {
  view: (periodId: string, unitId: string) => ['assessment', periodId, unitId] as const,
  list: (periodId: string) => ['assessments', periodId] as const,
  evidence: (id: string) => ['evidence', id] as const,
  checklist: (id: string) => ['checklist', id] as const,
  history: (id: string, nodeId: string) => ['item-history', id, nodeId] as const,
  notifications: ['notifications'] as const,
};

export function useAssessmentView(periodId: string, unitId: string) {
  return useQuery({
    queryKey: assessmentKeys.view(periodId, unitId),
    queryFn: () => api.get<AssessmentView>(`/periods/${enc(periodId)}/units/${enc(unitId)}/assessment`),
    staleTime: 0,
    // Others work on the same form (the leader, a second editor): their saves and status changes
    // arrive without a reload. Items with local edits keep them (AutosaveStore.ingest).
    refetchOnWindowFocus: true,
    refetchInterval: 30_000,
  });
}

export function useAssessmentList(periodId: string | null) {
  return useQuery({
    queryKey: assessmentKeys.list(periodId ?? ''),
    queryFn: () => api.get<AssessmentRow[]>(`/periods/${enc(periodId ?? '')}/assessments`),
    enabled: Boolean(periodId),
  });
}

export function useEvidence(assessmentId: string | undefined) {
  return useQuery({
    queryKey: assessmentKeys.evidence(assessmentId ?? ''),
    queryFn: () => api.get<Evidence[]>(`/assessments/${enc(assessmentId ?? '')}/evidence`),
    enabled: Boolean(assessmentId),
  });
}

export function useChecklist(assessmentId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: assessmentKeys.checklist(assessmentId ?? ''),
    queryFn: () => api.get<ChecklistEntry[]>(`/assessments/${enc(assessmentId ?? '')}/checklist`),
    enabled: Boolean(assessmentId) && enabled,
    staleTime: 0,
  });
}

export function useItemHistory(assessmentId: string | undefined, nodeId: string | null) {
  return useQuery({
    queryKey: assessmentKeys.history(assessmentId ?? '', nodeId ?? ''),
    queryFn: () => api.get<HistoryEntry[]>(`/assessments/${enc(assessmentId ?? '')}/items/${enc(nodeId ?? '')}/history`),
    enabled: Boolean(assessmentId && nodeId),
    staleTime: 0,
  });
}

export type WorkflowAction = 'send-for-review' | 'return' | 'submit' | 'withdraw' | 'reopen';

/** A workflow step; every one answers with the new header, then the form reloads. */
export function useWorkflow(assessmentId: string | undefined, periodId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body }: { action: WorkflowAction; body?: unknown }) =>
      api.post<AssessmentHeader>(`/assessments/${enc(assessmentId ?? '')}/${action}`, body ?? {}),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: assessmentKeys.view(periodId, unitId) });
      await qc.invalidateQueries({ queryKey: ['assessments'] });
      await qc.invalidateQueries({ queryKey: ['home'] });
    },
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: assessmentKeys.notifications,
    queryFn: () => api.get<Notification[]>('/notifications'),
    refetchInterval: 60_000,
    retry: false,
  });
}

export function documentUrl(assessmentId: string, name: 'report.docx' | 'table.xlsx' | 'report.pdf' | 'table.pdf'): string {
  return `/api/assessments/${enc(assessmentId)}/documents/${name}`;
}

export function evidenceFileUrl(evidenceId: string): string {
  return `/api/evidence/${enc(evidenceId)}/file`;
}
