// The period's window with its per-criterion deadlines loaded, for the callers that score or flag
// a deadline leaf whose criteria set states no date. Read inside the caller's transaction, so a
// save sees the deadlines as they are when it writes (a deadline change bumps the versions of
// the items it recomputes, so a save computed with the old date loses its version check).
import type { Db } from '../../db/types';
import type { PeriodWindow } from '../assessments/compute';
import { byLeaf } from './deadline-repository';

export async function withPeriodDeadlines(db: Db, periodId: string, window: PeriodWindow, needed: boolean): Promise<PeriodWindow> {
  if (!needed || window.deadlines !== undefined) return window;
  return { ...window, deadlines: await byLeaf(db, periodId) };
}
