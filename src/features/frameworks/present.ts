// Frameworks leave the server with points as decimal strings ("0.75"), never binary floats.
import type { Framework } from '../../core/framework';
import { toDecimalString, type Points } from '../../core/points';

/** Keys whose numbers are Points in src/core/framework.ts and src/core/rubric/types.ts. */
const POINT_KEYS = new Set(['max', 'points', 'missingPoints', 'step', 'perItem', 'floor', 'cap', 'yes', 'no']);

function convert(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'number' && key !== undefined && POINT_KEYS.has(key)) return toDecimalString(value as Points);
  if (Array.isArray(value)) return value.map((v) => convert(v, undefined));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v, k)]));
  }
  return value;
}

export function presentFramework(dbId: string, fw: Framework): Record<string, unknown> {
  return { ...(convert(fw, undefined) as Record<string, unknown>), dbId };
}
