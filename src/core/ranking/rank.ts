import type { Points } from '../points';

/**
 * Ranking of units within one unit type (departments apart from communes: group first, e.g.
 * with rankByGroup).
 *
 * Order: index descending, then points descending (a unit without points sorts after units
 * with points at the same index), then unitId ascending by code units — only so the list is
 * the same whatever order the entries came in. Units without an index (not assessed, or
 * nothing applicable) come last, unranked (rank null).
 *
 * Ties: two units tie when their index and their points are equal (unitId plays no part).
 * Standard competition ranking ("1224"): tied units share the rank, and the next rank is
 * 1 + the number of units ahead of it. The index is already rounded to hundredths of a
 * percent, so 85,50 % and 85,50 % tie unless their points differ — e.g. under the 'exclude'
 * N/A policy the same index can come from different totals, and the higher total goes first.
 */
export interface RankEntry {
  unitId: string;
  /** Hundredths of a percent; null when the unit has no result. */
  index: number | null;
  points?: Points | null;
}

export type Ranked<T extends RankEntry> = T & {
  /** 1-based competition rank; null for units without an index. */
  rank: number | null;
  /** 1-based place in the returned list. */
  position: number;
  /** True when another unit shares this rank. */
  tied: boolean;
};

export class RankingError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'RankingError';
  }
}

const pointsKey = (e: RankEntry): number => (e.points === undefined || e.points === null ? -Infinity : e.points);

/** Negative when a goes first. Units with equal index and points compare by unitId. */
export function compareEntries(a: RankEntry, b: RankEntry): number {
  if (a.index === null || b.index === null) {
    if (a.index !== b.index) return a.index === null ? 1 : -1;
  } else if (a.index !== b.index) return b.index - a.index;
  const pa = pointsKey(a);
  const pb = pointsKey(b);
  if (pa !== pb) return pa < pb ? 1 : -1;
  return a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0;
}

function sameStanding(a: RankEntry, b: RankEntry): boolean {
  return a.index === b.index && pointsKey(a) === pointsKey(b);
}

function check(e: RankEntry): void {
  if (e.index !== null && !Number.isFinite(e.index)) {
    throw new RankingError(`Đơn vị "${e.unitId}": chỉ số "${e.index}" không hợp lệ`, `Unit "${e.unitId}": index "${e.index}" is not valid`);
  }
  if (e.points !== undefined && e.points !== null && !Number.isSafeInteger(e.points)) {
    throw new RankingError(`Đơn vị "${e.unitId}": điểm "${e.points}" không hợp lệ`, `Unit "${e.unitId}": points "${e.points}" are not valid`);
  }
}

/** Ranks the entries; returns new objects (the input is not changed), best first. */
export function rankUnits<T extends RankEntry>(entries: readonly T[]): Ranked<T>[] {
  entries.forEach(check);
  const sorted = entries.slice().sort(compareEntries);
  const out: Ranked<T>[] = new Array<Ranked<T>>(sorted.length);
  let rank = 0;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i]!;
    const prev = i > 0 ? sorted[i - 1]! : undefined;
    if (prev === undefined || !sameStanding(prev, e)) rank = i + 1;
    const next = sorted[i + 1];
    const tied = e.index !== null && ((prev !== undefined && sameStanding(prev, e)) || (next !== undefined && sameStanding(next, e)));
    out[i] = { ...e, rank: e.index === null ? null : rank, position: i + 1, tied };
  }
  return out;
}

/** Ranks each group apart (e.g. by unit type); groups keep the order they first appear in. */
export function rankByGroup<T extends RankEntry>(entries: readonly T[], groupOf: (e: T) => string): Map<string, Ranked<T>[]> {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const key = groupOf(e);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const out = new Map<string, Ranked<T>[]>();
  for (const [key, list] of groups) out.set(key, rankUnits(list));
  return out;
}
