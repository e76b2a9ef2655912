// Queries and actions of the results screens (contract: /work/team/API-6.md §5).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api, takeEarly } from '../../api/client';
import type { Period } from '../../api/types';
import type { PublicLink, PublicResults, ResultsView, trendChart } from '../../../../src/shared/api/results';

const enc = encodeURIComponent;

export type TrendChart = z.infer<typeof trendChart>;

/** The ranking table's query, shared by the page and its start-up prefetch (preload.ts). */
export function resultsQuery(periodId: string) {
  return {
    queryKey: ['results', periodId],
    queryFn: () => api.get<ResultsView>(`/periods/${enc(periodId)}/results`),
  };
}

export function useResults(periodId: string) {
  // Each visit asks again (staleTime 0), except right after the start-up prefetch (preload.ts)
  // answered: that answer is seconds old, asking twice would only redo the same work.
  return useQuery({ ...resultsQuery(periodId), staleTime: 0, refetchOnMount: (q) => Date.now() - q.state.dataUpdatedAt > 3_000 });
}

export function publicResultsQuery(token: string) {
  return { queryKey: ['public-results', token], queryFn: () => fetchPublicResults(token), retry: 1 };
}

export function useTrend(periodId: string, unitId: string | undefined) {
  return useQuery({
    queryKey: ['results', periodId, 'trend', unitId],
    queryFn: () => api.get<TrendChart>(`/periods/${enc(periodId)}/results/charts/trend`, { unitId }),
    enabled: Boolean(unitId),
  });
}

export function usePublish(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Period>(`/periods/${enc(periodId)}/transition`, { to: 'published' }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['results', periodId] });
      await qc.invalidateQueries({ queryKey: ['periods'] });
    },
  });
}

export function usePublicLink(periodId: string) {
  return useMutation({ mutationFn: () => api.post<PublicLink>(`/periods/${enc(periodId)}/results/public-link`, {}) });
}

export function downloadUrl(periodId: string, name: 'ranking.xlsx' | 'ranking.docx'): string {
  return `/api/periods/${enc(periodId)}/results/${name}`;
}

/** No login, no CSRF: plain fetch, so the public page needs nothing from the app's session. */
export async function fetchPublicResults(token: string): Promise<PublicResults | null> {
  const path = `/public/results/${enc(token)}`;
  const res = await (takeEarly(path) ?? fetch(`/api${path}`, { headers: { accept: 'application/json' } }));
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return (await res.json()) as PublicResults;
}
