// A draft → a stored criteria set. Findings (sums that disagree, band gaps…) do not stop it: a
// province imports last year's flawed document and repairs it afterwards, so the findings are
// returned and kept with the import's outcome, and the criteria-set viewer shows them live.
// Leaves whose scoring rule the importer could not read get a manual rubric (points in
// [0, max], step 0,25) so the set can be used in a period at once.
import type { Framework, FrameworkNode, UnitType } from '../../core/framework';
import type { Finding } from '../../core/findings';
import { parsePoints } from '../../core/points';
import { leaves, topLevelMax } from '../../core/tree';
import { validateFramework } from '../../core/validate/index';
import type { ImportResult } from '../../import/index';
import { toFramework } from '../../import/index';
import type { Db } from '../../db/types';
import { nowIso } from '../common/clock';
import { conflict } from '../common/errors';
import * as frameworksRepo from '../frameworks/repository';

export interface FrameworkTarget {
  name?: string | undefined;
  unitType: UnitType;
  year: number;
  version: string;
}

export interface StoredFindingOut {
  rule: string;
  code: string | null;
  nodeId: string | null;
  message: { vi: string; en: string };
  stated: string | null;
  computed: string | null;
  severity: 'error' | 'warning';
}

function withManualRubrics(nodes: FrameworkNode[]): FrameworkNode[] {
  return nodes.map((n) => (n.children.length > 0 ? { ...n, children: withManualRubrics(n.children) } : n.rubric ? n : { ...n, rubric: { type: 'manual' } }));
}

export function buildFramework(result: ImportResult, importId: string, target: FrameworkTarget, source: string): Framework {
  const fw = toFramework({ ...result, year: target.year }, {
    id: `import-${target.year}-${importId.slice(0, 8)}`,
    unitType: target.unitType,
    version: target.version,
    source,
  });
  fw.nodes = withManualRubrics(fw.nodes);
  if (target.name) fw.name = target.name;
  // The grand total the document printed, if it disagreed with the leaves, is one of the importer's
  // findings (total-mismatch); keeping it as statedMax lets the validator report it again later.
  const total = result.findings.find((f) => f.rule === 'total-mismatch' && f.stated !== null);
  if (total && total.stated !== null && result.kind === 'framework') fw.statedMax = parsePoints(total.stated);
  return fw;
}

export function storedFindings(findings: Finding[]): StoredFindingOut[] {
  return findings.map((f) => ({
    rule: f.rule,
    code: f.code,
    nodeId: f.nodeId ?? null,
    message: f.message,
    stated: f.stated ?? null,
    computed: f.computed ?? null,
    severity: f.severity,
  }));
}

export async function storeFramework(db: Db, fw: Framework, fileName: string): Promise<{ frameworkId: string; findings: StoredFindingOut[] }> {
  const frameworkId = `${fw.id}@${fw.version}`;
  if (await frameworksRepo.findById(db, frameworkId)) {
    throw conflict(`Bộ tiêu chí "${frameworkId}" đã tồn tại`, `Criteria set "${frameworkId}" already exists`, 'version');
  }
  await frameworksRepo.insert(db, {
    id: frameworkId,
    framework_key: fw.id,
    name: fw.name,
    unit_type: fw.unitType,
    year: fw.year,
    version: fw.version,
    content: JSON.stringify(fw),
    leaf_count: leaves(fw.nodes).length,
    max_points: topLevelMax(fw.nodes),
    source_file: fileName,
    created_at: nowIso(),
  });
  return { frameworkId, findings: storedFindings(validateFramework(fw)) };
}
