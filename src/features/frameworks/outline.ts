// The criteria-set viewer's shape: the tree flattened in document order with each leaf's rubric
// as readable rules (both languages), its evidence hint and who scores it, plus the validator's
// findings computed now — so a set imported with flaws shows them until someone repairs it.
import type { Framework, FrameworkNode } from '../../core/framework';
import type { Finding } from '../../core/findings';
import { toDecimalString } from '../../core/points';
import { describeRubric } from '../../core/rubric/describe';
import { topLevelMax } from '../../core/tree';
import { validateFramework } from '../../core/validate/index';
import type { FrameworkOutline, FrameworkOutlineNode } from '../../shared/api/frameworks';

function flatten(nodes: FrameworkNode[], parentId: string | null, depth: number, out: FrameworkOutlineNode[]): void {
  for (const n of nodes) {
    out.push({
      id: n.id,
      parentId,
      depth,
      code: n.code,
      name: n.name,
      max: toDecimalString(n.max),
      kind: n.kind ?? 'normal',
      leaf: n.children.length === 0,
      rubric: n.rubric ? { type: n.rubric.type, vi: describeRubric(n.rubric, n.max, 'vi'), en: describeRubric(n.rubric, n.max, 'en') } : null,
      evidence: n.evidence ?? null,
      appraisingDepartment: n.appraisingDepartment ?? null,
      scoredBy: n.scoredBy ?? 'unit',
      note: n.note ?? null,
    });
    flatten(n.children, n.id, depth + 1, out);
  }
}

function presentFinding(f: Finding): FrameworkOutline['findings'][number] {
  return { rule: f.rule, code: f.code, nodeId: f.nodeId ?? null, message: f.message, stated: f.stated ?? null, computed: f.computed ?? null, severity: f.severity };
}

export function findingCounts(fw: Framework): { errors: number; warnings: number } {
  const findings = validateFramework(fw);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

export function frameworkOutline(dbId: string, fw: Framework): FrameworkOutline {
  const nodes: FrameworkOutlineNode[] = [];
  flatten(fw.nodes, null, 1, nodes);
  return {
    id: dbId,
    key: fw.id,
    name: fw.name,
    unitType: fw.unitType,
    year: fw.year,
    version: fw.version,
    max: toDecimalString(topLevelMax(fw.nodes)),
    source: fw.source ?? null,
    nodes,
    findings: validateFramework(fw).map(presentFinding),
  };
}
