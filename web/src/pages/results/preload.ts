// Started by main.tsx before anything renders, so the results screens do not wait in line:
// the screen's chunk and its data are fetched while the app's own code and the session load
// (instead of session → screen chunk → results one after the other).
import type { QueryClient } from '@tanstack/react-query';
import { loadCharts } from '../../components/charts/EChart';
import { publicResultsQuery, resultsQuery } from './api';

/** The published results page (/public/results/<token>): its chunk and its one request. */
export function preloadPublic(qc: QueryClient, token: string): void {
  void import('../public/PublicResultsPage');
  void qc.prefetchQuery(publicResultsQuery(token));
  void loadCharts();
}

/** `#/periods/<id>/results`: the ranking screen's chunk and table; other paths: nothing. */
export function preloadRoute(qc: QueryClient, path: string): void {
  const m = /^\/periods\/([^/]+)\/results$/.exec(path);
  if (!m?.[1]) return;
  const query = resultsQuery(decodeURIComponent(m[1]));
  void import('./ResultsPage');
  void loadCharts();
  void qc.prefetchQuery(query).then(() => {
    // Refused (no session yet, or no right to it): forget the answer unless the page already
    // shows it, so the page asks again after login instead of flashing the refusal.
    const q = qc.getQueryCache().find({ queryKey: query.queryKey, exact: true });
    if (q?.state.status === 'error' && q.getObserversCount() === 0) qc.removeQueries({ queryKey: query.queryKey, exact: true });
  });
}
