/**
 * An imported criteria set → a core Framework, so it can be validated now and confirmed into
 * a criteria set later (the web import screen). Node ids are qualified codes ("II.6.6.3"),
 * unique even where the document restarts its numbering in each part.
 */
import type { Framework, FrameworkNode, UnitType } from '../core/framework';
import { parsePoints, ZERO } from '../core/points';
import type { Points } from '../core/points';
import { qualifyCode } from '../core/tree';
import { rubricFromJson } from './rubric-json';
import type { ImportedNode, ImportResult } from './types';

export interface ToFrameworkOptions {
  id?: string;
  unitType?: UnitType;
  version?: string;
  /** The grand total the document states, when it states one (checked as total-mismatch). */
  statedMax?: number | null;
  source?: string;
}

function pts(n: number | null): Points {
  return n === null ? ZERO : parsePoints(n);
}

export function nodesToFramework(nodes: ImportedNode[], parent: { qualified: string; code: string | null } | null, used: Set<string>): FrameworkNode[] {
  return nodes.map((n, i) => {
    let id = qualifyCode(parent, n.code, i);
    // Two rows printed with the same code under the same parent still need distinct ids.
    for (let k = 2; used.has(id); k++) id = `${qualifyCode(parent, n.code, i)}~${k}`;
    used.add(id);
    const node: FrameworkNode = {
      id,
      code: n.code,
      name: n.name,
      max: pts(n.max),
      children: nodesToFramework(n.children, { qualified: id, code: n.code }, used),
    };
    if (n.rubric && n.children.length === 0) node.rubric = rubricFromJson(n.rubric);
    if (n.explanation) node.evidence = n.explanation;
    if (n.note) node.note = n.note;
    return node;
  });
}

export function toFramework(result: ImportResult, options: ToFrameworkOptions = {}): Framework {
  const year = result.year ?? new Date().getFullYear();
  const fw: Framework = {
    formatVersion: 1,
    id: options.id ?? `imported-${year}`,
    name: result.title ?? `Bộ tiêu chí năm ${year}`,
    unitType: options.unitType ?? 'department',
    year,
    version: options.version ?? '1',
    naPolicy: 'exclude',
    bands: [],
    nodes: nodesToFramework(result.nodes, null, new Set()),
  };
  if (options.statedMax !== undefined && options.statedMax !== null) fw.statedMax = parsePoints(options.statedMax);
  if (options.source) fw.source = options.source;
  return fw;
}
