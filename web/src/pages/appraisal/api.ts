// Queries and actions of the appraisal screens (contract: /work/team/API-6.md §1–3). Types are
// the server's own zod schemas (src/shared/api/appraisal.ts).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AppraisalItemView,
  AppraisalSummary,
  AppraisalUnitRow,
  Assignment,
  AssignmentsView,
  ItemState,
  PutAssignment,
  QueueView,
  Round,
} from '../../../../src/shared/api/appraisal';

const enc = encodeURIComponent;

export const appraisalKeys = {
  assignments: (periodId: string) => ['appraisal-assignments', periodId] as const,
  queue: (periodId: string) => ['appraisal-queue', periodId] as const,
  item: (assessmentId: string, nodeId: string) => ['appraisal-item', assessmentId, nodeId] as const,
  returns: (assessmentId: string) => ['appraisal-returns', assessmentId] as const,
  units: (periodId: string) => ['appraisal-units', periodId] as const,
  summary: (periodId: string, unitId: string) => ['appraisal-summary', periodId, unitId] as const,
};

export interface QueueFilter {
  unitId?: string;
  field?: string;
  state?: ItemState;
  q?: string;
}

export function useAssignments(periodId: string) {
  return useQuery({
    queryKey: appraisalKeys.assignments(periodId),
    queryFn: () => api.get<AssignmentsView>(`/periods/${enc(periodId)}/appraisal/assignments`),
  });
}

export function useSaveAssignment(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, body }: { userId: string; body: PutAssignment }) =>
      api.put<Assignment>(`/periods/${enc(periodId)}/appraisal/assignments/${enc(userId)}`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: appraisalKeys.assignments(periodId) }),
  });
}

export function useQueue(periodId: string, filter: QueueFilter) {
  return useQuery({
    queryKey: [...appraisalKeys.queue(periodId), filter],
    queryFn: () => api.get<QueueView>(`/periods/${enc(periodId)}/appraisal/queue`, { ...filter }),
    staleTime: 0,
  });
}

export function useAppraisalItem(assessmentId: string, nodeId: string) {
  return useQuery({
    queryKey: appraisalKeys.item(assessmentId, nodeId),
    queryFn: () => api.get<AppraisalItemView>(`/assessments/${enc(assessmentId)}/appraisal/items/${enc(nodeId)}`),
    staleTime: 0,
  });
}

export function useReturnItem(assessmentId: string, nodeId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { message: string; dueDate: string }) =>
      api.post<Round>(`/assessments/${enc(assessmentId)}/appraisal/items/${enc(nodeId)}/return`, body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: appraisalKeys.item(assessmentId, nodeId) });
      await qc.invalidateQueries({ queryKey: ['appraisal-queue'] });
    },
  });
}

export function useReturns(assessmentId: string | undefined) {
  return useQuery({
    queryKey: appraisalKeys.returns(assessmentId ?? ''),
    queryFn: () => api.get<Round[]>(`/assessments/${enc(assessmentId ?? '')}/appraisal/returns`),
    enabled: Boolean(assessmentId),
    staleTime: 0,
  });
}

export function useAnswerRound(assessmentId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ roundId, text, evidenceIds }: { roundId: string; text: string; evidenceIds: string[] }) =>
      api.post<Round>(`/appraisal/rounds/${enc(roundId)}/answer`, { text, evidenceIds }),
    onSuccess: () => qc.invalidateQueries({ queryKey: appraisalKeys.returns(assessmentId) }),
  });
}

export function useAppraisalUnits(periodId: string) {
  return useQuery({
    queryKey: appraisalKeys.units(periodId),
    queryFn: () => api.get<AppraisalUnitRow[]>(`/periods/${enc(periodId)}/appraisal/units`),
    staleTime: 0,
  });
}

export function useUnitSummary(periodId: string, unitId: string) {
  return useQuery({
    queryKey: appraisalKeys.summary(periodId, unitId),
    queryFn: () => api.get<AppraisalSummary>(`/periods/${enc(periodId)}/units/${enc(unitId)}/appraisal`),
    staleTime: 0,
  });
}

/** Finalise or reopen; both answer with the new summary. */
export function useCouncilAction(periodId: string, unitId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ assessmentId, action, reason }: { assessmentId: string; action: 'finalise' | 'reopen'; reason?: string }) =>
      api.post<AppraisalSummary>(`/assessments/${enc(assessmentId)}/appraisal/${action}`, action === 'reopen' ? { reason } : {}),
    onSuccess: async (summary) => {
      qc.setQueryData(appraisalKeys.summary(periodId, unitId), summary);
      await qc.invalidateQueries({ queryKey: appraisalKeys.units(periodId) });
      await qc.invalidateQueries({ queryKey: ['results', periodId] });
    },
  });
}
