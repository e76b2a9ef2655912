// Binds an AutosaveStore to a screen: one store per assessment, fed by every load of the form,
// the summary refreshed (at most every 1,5 s) after saves, and a warning before leaving unsaved.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { AutosaveStore } from './autosave';
import type { Item } from './contract';
import { assessmentKeys } from './api';

export function useAutosave(assessmentId: string | undefined, items: Item[] | undefined, periodId: string, unitId: string) {
  const qc = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const store = useMemo(() => {
    const refresh = () => {
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        void qc.invalidateQueries({ queryKey: assessmentKeys.view(periodId, unitId) });
        if (assessmentId) void qc.invalidateQueries({ queryKey: assessmentKeys.evidence(assessmentId) });
      }, 1500);
    };
    return new AutosaveStore(qc, assessmentId ?? '', refresh);
  }, [qc, assessmentId, periodId, unitId]);

  useEffect(() => () => store.dispose(), [store]);
  useEffect(() => {
    if (items) store.ingest(items);
  }, [store, items]);
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (store.hasUnsaved()) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store]);

  const states = useSyncExternalStore(store.subscribe, store.getSnapshot);
  return { store, states };
}
