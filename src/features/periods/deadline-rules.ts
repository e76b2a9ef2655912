// Which deadline a deadline-tier leaf is scored against in a period, with no I/O: the criteria
// set's own date when it states one (resolved in the year the data window ends, as
// core/rubric/deadline.ts does), else the date the organiser set for the period, else none.
// The set's date always wins: it is part of the issued decision, and a province that wants
// another date changes the set (a new version), not one period.
import { isIsoDate, resolveDeadline } from '../../core/dates';
import type { FrameworkNodeView } from '../../shared/api/assessments';
import type { DeadlineSource } from '../../shared/api/periods';
import type { PeriodWindow } from '../assessments/compute';
import type { LeafInfo, PreparedFramework } from '../assessments/prepared';

/** A deadline-tier leaf: the only kind a period's deadline applies to. */
export function isDeadlineLeaf(leaf: LeafInfo): boolean {
  return leaf.rubric?.type === 'deadline';
}

/** A deadline-tier leaf whose criteria set states no date: scoring it needs the period's. */
export function needsPeriodDeadline(leaf: LeafInfo): boolean {
  return isDeadlineLeaf(leaf) && leaf.deadline === null;
}

export function anyNeedsPeriodDeadline(prepared: PreparedFramework): boolean {
  for (const leaf of prepared.leaves.values()) if (needsPeriodDeadline(leaf)) return true;
  return false;
}

/** The year a yearly "MM-DD" deadline falls in: the year the data window ends. */
export function deadlineYear(window: Pick<PeriodWindow, 'dataEnd'>): number {
  return Number(window.dataEnd.slice(0, 4));
}

export interface Effective {
  date: string | null;
  source: DeadlineSource | null;
}

export function effectiveDeadline(leaf: LeafInfo, window: PeriodWindow): Effective {
  // prepared.ts keeps `deadline` only for deadline rubrics that state one.
  if (leaf.deadline !== null) return { date: resolveDeadline(leaf.deadline, deadlineYear(window)) ?? null, source: 'document' };
  if (!isDeadlineLeaf(leaf)) return { date: null, source: null };
  const set = window.deadlines?.get(leaf.node.id);
  return set !== undefined && isIsoDate(set) ? { date: set, source: 'period' } : { date: null, source: null };
}

/**
 * Dates an organiser may set: from 1 January of the year before the data window starts to
 * 31 December of the year after it ends. Wide enough for last year's plan signed in December
 * or a report due after the window; narrow enough to catch a mistyped year (2062, 1926).
 */
export function acceptedRange(window: Pick<PeriodWindow, 'dataStart' | 'dataEnd'>): { from: string; to: string } {
  const first = Number(window.dataStart.slice(0, 4)) - 1;
  const last = Number(window.dataEnd.slice(0, 4)) + 1;
  return { from: `${String(first).padStart(4, '0')}-01-01`, to: `${String(last).padStart(4, '0')}-12-31` };
}

/** "II.4.3" as people read it; an uncoded row's generated "#1" step is dropped ("III.#1" → "III"). */
export function displayCode(nodeId: string): string {
  return nodeId.replace(/\.#\d+$/, '');
}

/**
 * The form's node list with each deadline leaf's effective deadline and where it comes from.
 * The prepared list is shared by every period on the set, so changed leaves are copied.
 */
export function withDeadlines(nodes: readonly FrameworkNodeView[], prepared: PreparedFramework, window: PeriodWindow): FrameworkNodeView[] {
  return nodes.map((n) => {
    const leaf = n.leaf === null ? undefined : prepared.leaves.get(n.id);
    if (!n.leaf || !leaf || !isDeadlineLeaf(leaf)) return n;
    const e = effectiveDeadline(leaf, window);
    // A set's yearly "MM-DD" stays as written: the form reads it "20/01 hằng năm".
    const deadline = e.source === 'document' ? leaf.deadline : e.date;
    return { ...n, leaf: { ...n.leaf, deadline, deadlineSource: e.source } };
  });
}
