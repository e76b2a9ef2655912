import { ROOT_ID } from '../aggregate/types';
import type { AssessmentResult } from '../aggregate/types';
import type { Framework } from '../framework';
import { divRound, units } from '../points';
import type { Points } from '../points';
import { RankingError } from './rank';

/**
 * Per-field comparison across units: each unit's self and final index and points in a field,
 * the average, lowest and highest, and the gap between what units claimed and what the council
 * gave ("appraised averages usually sit 3–6 % below the self-scores"). Indices are hundredths
 * of a percent; averages are rounded half-up to a whole hundredth (indices) or unit (points).
 */
export interface UnitFieldFigures {
  unitId: string;
  self: Points | null;
  final: Points | null;
  selfIndex: number | null;
  finalIndex: number | null;
  /** selfIndex − finalIndex, percentage points in hundredths; null unless both are known. */
  gap: number | null;
}

export interface Spread<T extends number> {
  /** How many units have a value. */
  count: number;
  average: T | null;
  min: T | null;
  max: T | null;
}

export interface FieldComparison {
  nodeId: string;
  code: string | null;
  name: string;
  max: Points;
  units: UnitFieldFigures[];
  selfIndex: Spread<number>;
  finalIndex: Spread<number>;
  selfPoints: Spread<Points>;
  finalPoints: Spread<Points>;
  /** Average of the units' gaps (only units with both indices); positive = claimed more. */
  gap: Spread<number>;
}

function spread(values: readonly (number | null)[]): Spread<number> {
  let count = 0;
  let total = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v === null) continue;
    count++;
    total += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (count === 0) return { count, average: null, min: null, max: null };
  return { count, average: divRound(total, count), min, max };
}

function pointsSpread(values: readonly (Points | null)[]): Spread<Points> {
  const s = spread(values);
  const p = (v: number | null): Points | null => (v === null ? null : units(v));
  return { count: s.count, average: p(s.average), min: p(s.min), max: p(s.max) };
}

export interface CompareOptions {
  /** Nodes to compare; default the set's top-level nodes (its fields, or its parts). ROOT_ID = the total. */
  nodeIds?: readonly string[];
}

export function compareFields(
  framework: Framework,
  results: readonly { unitId: string; result: AssessmentResult }[],
  options: CompareOptions = {},
): FieldComparison[] {
  for (const { unitId, result } of results) {
    if (result.frameworkId !== framework.id) {
      throw new RankingError(
        `Đơn vị "${unitId}" được chấm theo bộ tiêu chí "${result.frameworkId}", không phải "${framework.id}"`,
        `Unit "${unitId}" was assessed on criteria set "${result.frameworkId}", not "${framework.id}"`,
      );
    }
  }
  const ids = options.nodeIds ?? framework.nodes.map((n) => n.id);
  return ids.map((nodeId) => {
    const known = findNode(framework, nodeId);
    if (!known) throw new RankingError(`Không có tiêu chí "${nodeId}" trong bộ tiêu chí`, `There is no criterion "${nodeId}" in the criteria set`);
    const figures: UnitFieldFigures[] = [];
    let max: Points | null = null;
    for (const { unitId, result } of results) {
      const n = result.node(nodeId)!;
      max ??= n.max;
      const gap = n.selfIndex !== null && n.finalIndex !== null ? n.selfIndex - n.finalIndex : null;
      figures.push({ unitId, self: n.self, final: n.final, selfIndex: n.selfIndex, finalIndex: n.finalIndex, gap });
    }
    return {
      nodeId,
      code: known.code,
      name: known.name,
      // The leaves' sum as aggregation computes it; the stated max when there are no results.
      max: max ?? known.max,
      units: figures,
      selfIndex: spread(figures.map((f) => f.selfIndex)),
      finalIndex: spread(figures.map((f) => f.finalIndex)),
      selfPoints: pointsSpread(figures.map((f) => f.self)),
      finalPoints: pointsSpread(figures.map((f) => f.final)),
      gap: spread(figures.map((f) => f.gap)),
    };
  });
}

/** The node by id; the virtual root (ROOT_ID) stands for the whole set. */
function findNode(fw: Framework, id: string): { code: string | null; name: string; max: Points } | undefined {
  if (id === ROOT_ID) return { code: null, name: fw.name, max: fw.statedMax ?? units(0) };
  const stack = [...fw.nodes];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.id === id) return n;
    stack.push(...n.children);
  }
  return undefined;
}
