// The order of the queue the appraiser opened an item from, kept for the session so "next" and
// "previous" on the item screen follow that list even after an item leaves the filter
// (appraising an item under "chưa thẩm định" must not lose one's place).
export interface QueueRef {
  assessmentId: string;
  nodeId: string;
}

const key = (periodId: string) => `chiso.queue.${periodId}`;

export function rememberQueue(periodId: string, refs: QueueRef[], search: string): void {
  try {
    sessionStorage.setItem(key(periodId), JSON.stringify({ refs, search }));
  } catch {
    // No storage (private mode): next/previous fall back to the live queue.
  }
}

export function recalledQueue(periodId: string): { refs: QueueRef[]; search: string } | null {
  try {
    const raw = sessionStorage.getItem(key(periodId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as { refs?: QueueRef[]; search?: string };
    return Array.isArray(parsed.refs) ? { refs: parsed.refs, search: parsed.search ?? '' } : null;
  } catch {
    return null;
  }
}

export function neighbours(refs: QueueRef[], current: QueueRef): { prev: QueueRef | null; next: QueueRef | null; position: number } {
  const i = refs.findIndex((r) => r.assessmentId === current.assessmentId && r.nodeId === current.nodeId);
  if (i < 0) return { prev: null, next: null, position: -1 };
  return { prev: refs[i - 1] ?? null, next: refs[i + 1] ?? null, position: i };
}
