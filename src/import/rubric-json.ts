/**
 * Rubrics in the import JSON carry points as numbers of points (0.75), the core keeps them as
 * exact units: these two functions convert every points field of every rubric shape.
 */
import { parsePoints, toNumber } from '../core/points';
import type { Points } from '../core/points';
import type { Rubric } from '../core/rubric/types';
import type { RubricJson } from './types';

/** Fields holding Points in any rubric shape (share is a percentage, not points). */
const POINT_KEYS = new Set(['points', 'missingPoints', 'perItem', 'floor', 'cap', 'step', 'yes', 'no']);

function mapPoints(value: unknown, f: (v: number) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => mapPoints(v, f));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = POINT_KEYS.has(k) && typeof v === 'number' ? f(v) : mapPoints(v, f);
    return out;
  }
  return value;
}

export function rubricToJson(r: Rubric): RubricJson {
  return mapPoints(r, (v) => toNumber(v as Points)) as RubricJson;
}

/** Trusts the shape (it comes from rubricToJson or from a client that edited it). */
export function rubricFromJson(r: RubricJson): Rubric {
  return mapPoints(r, (v) => parsePoints(v)) as Rubric;
}
