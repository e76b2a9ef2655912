// A period's criteria set prepared once for the assessment screens: leaves by id, the flat
// node list the web form shows, and the compiled tree for aggregation. Stored framework versions
// used by a period never change (frameworks/service.ts), so the cache never goes stale.
import { compileFramework, type CompiledFramework } from '../../core/aggregate';
import type { Framework, FrameworkNode } from '../../core/framework';
import { scaleBy, toDecimalString, type Points } from '../../core/points';
import { describeRubric, expectedInput } from '../../core/rubric/checks';
import type { Rubric } from '../../core/rubric/types';
import type { FrameworkNodeView } from '../../shared/api/assessments';
import { presentFramework } from '../frameworks/present';

export interface LeafInfo {
  node: FrameworkNode;
  rubric: Rubric | null;
  /** Id of the top-level node above it (its field). */
  fieldId: string;
  fieldCode: string;
  scoredBy: 'unit' | 'appraiser' | 'survey';
  naAllowed: boolean;
  /** Document-date deadline of a deadline rubric, when the set states one. */
  deadline: string | null;
  /** Document order among leaves. */
  order: number;
  /** The input type the form sends for it (core/rubric/checks expectedInput). */
  expectedInput: ReturnType<typeof expectedInput> | 'manual';
}

export interface PreparedFramework {
  id: string;
  framework: Framework;
  compiled: CompiledFramework;
  leaves: Map<string, LeafInfo>;
  leafOrder: string[];
  view: FrameworkNodeView[];
}

function levelsOf(rubric: Rubric, max: Points): { id: string; label: string; points: string }[] {
  switch (rubric.type) {
    case 'levels':
      return rubric.levels.map((l) => ({ id: l.id, label: l.label, points: toDecimalString(l.points) }));
    case 'checklist':
      return rubric.items.map((l) => ({ id: l.id, label: l.label, points: toDecimalString(l.points) }));
    case 'share-of-max':
      return rubric.levels.map((l) => ({ id: l.id, label: l.label, points: toDecimalString(scaleBy(max, l.share, 10_000)) }));
    case 'deadline':
    case 'percent-bands':
    case 'proportional':
    case 'deduction':
    case 'count':
    case 'yes-no':
    case 'manual':
      return [];
  }
}

export function prepareFramework(id: string, framework: Framework): PreparedFramework {
  const leaves = new Map<string, LeafInfo>();
  const leafOrder: string[] = [];
  const view: FrameworkNodeView[] = [];
  const presented = presentFramework(id, framework) as { nodes: unknown[] };
  // Presented nodes mirror the framework's; walk both together to reuse the converted rubric.
  const visit = (node: FrameworkNode, shown: { rubric?: unknown; children: unknown[] }, depth: number, parentId: string | null, field: FrameworkNode) => {
    const isLeaf = node.children.length === 0;
    let leafView: FrameworkNodeView['leaf'] = null;
    if (isLeaf) {
      const rubric = node.rubric ?? null;
      const scoredBy = node.scoredBy ?? 'unit';
      const deadline = rubric?.type === 'deadline' ? (rubric.deadline ?? null) : null;
      const wanted = rubric ? expectedInput(rubric) : 'manual';
      leaves.set(node.id, {
        node,
        rubric,
        fieldId: field.id,
        fieldCode: field.code ?? field.id,
        scoredBy,
        naAllowed: node.naAllowed !== false,
        deadline,
        order: leafOrder.length,
        expectedInput: wanted,
      });
      leafOrder.push(node.id);
      leafView = {
        rubric: shown.rubric ?? null,
        expectedInput: wanted,
        levels: rubric ? levelsOf(rubric, node.max) : [],
        description: rubric ? { vi: describeRubric(rubric, node.max, 'vi'), en: describeRubric(rubric, node.max, 'en') } : { vi: [], en: [] },
        evidenceHint: node.evidence ?? null,
        scoredBy,
        naAllowed: node.naAllowed !== false,
        deadline,
      };
    }
    view.push({
      id: node.id,
      code: node.code,
      name: node.name,
      max: toDecimalString(node.max),
      depth,
      parentId,
      children: node.children.map((c) => c.id),
      leaf: leafView,
    });
    node.children.forEach((child, i) => visit(child, shown.children[i] as { children: unknown[] }, depth + 1, node.id, field));
  };
  framework.nodes.forEach((n, i) => visit(n, presented.nodes[i] as { children: unknown[] }, 1, null, n));
  return { id, framework, compiled: compileFramework(framework), leaves, leafOrder, view };
}

/** One prepared framework per stored id, for the life of the process. */
export class PreparedCache {
  private readonly cache = new Map<string, PreparedFramework>();

  async get(id: string, load: () => Promise<Framework>): Promise<PreparedFramework> {
    const hit = this.cache.get(id);
    if (hit) return hit;
    const prepared = prepareFramework(id, await load());
    this.cache.set(id, prepared);
    return prepared;
  }
}
