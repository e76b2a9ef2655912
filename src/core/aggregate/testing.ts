// Test-only helpers: build Framework objects by hand in tests (the YAML format and tree
// builders live elsewhere and are not needed to exercise aggregation). Not used by product code.
import type { Framework, FrameworkNode } from '../framework';
import { parsePoints, sum } from '../points';
import type { Points } from '../points';

type Extra = Partial<Omit<FrameworkNode, 'id' | 'children' | 'max'>>;

/** A leaf with a decimal max as printed: leaf('1.1', '0,75'). */
export function leaf(id: string, max: string | number, extra: Extra = {}): FrameworkNode {
  return { id, code: id, name: `Tiêu chí ${id}`, max: parsePoints(max), children: [], ...extra };
}

/** An inner node whose max is the sum of its children's unless given. */
export function group(id: string, children: FrameworkNode[], extra: Extra & { max?: Points } = {}): FrameworkNode {
  const { max, ...rest } = extra;
  const own = max ?? sum(children.filter((c) => (c.kind ?? 'normal') === (rest.kind ?? 'normal')).map((c) => c.max));
  return { id, code: id, name: `Lĩnh vực ${id}`, max: own, children, ...rest };
}

export function framework(nodes: FrameworkNode[], extra: Partial<Framework> = {}): Framework {
  return {
    formatVersion: 1,
    id: 'test-set',
    name: 'Bộ tiêu chí thử',
    unitType: 'department',
    year: 2024,
    version: '1',
    naPolicy: 'exclude',
    bands: [],
    nodes,
    ...extra,
  };
}

export const p = (text: string | number): Points => parsePoints(text);
