import type { Framework, FrameworkNode, NaPolicy, NodeKind } from '../framework';
import { units } from '../points';
import type { Points } from '../points';
import { evaluateLeaf, newLeafOut, resetLeaf } from './leaf';
import type { LeafSpec } from './leaf';
import { msg } from './messages';
import { boundedIndex, DEFAULT_INDEX_CAP } from './result';
import { ROOT_ID } from './types';
import type { AggregateIssue, AggregateOptions, LeafScore, NodeResult } from './types';

/**
 * The aggregation written the plain way — recursion over the tree, one object per node — as
 * the readable specification that the property tests hold the typed-array pass to. Not for
 * production loads (it allocates per node), but fine for one unit.
 */
export function aggregateReference(
  fw: Framework,
  scores: Iterable<LeafScore>,
  options: AggregateOptions = {},
): { nodes: NodeResult[]; errors: AggregateIssue[] } {
  const cap = options.indexCap === undefined ? DEFAULT_INDEX_CAP : options.indexCap;
  const byId = new Map<string, FrameworkNode>();
  const walk = (list: FrameworkNode[]): void => {
    for (const node of list) {
      byId.set(node.id, node);
      walk(node.children);
    }
  };
  walk(fw.nodes);

  const errors: AggregateIssue[] = [];
  const given = new Map<string, LeafScore>();
  for (const s of scores) {
    const node = byId.get(s.nodeId);
    if (!node) errors.push({ nodeId: String(s.nodeId), field: 'nodeId', message: msg.unknownNode(String(s.nodeId)) });
    else if (node.children.length > 0) errors.push({ nodeId: s.nodeId, field: 'nodeId', message: msg.notALeaf(node.code ?? s.nodeId) });
    else if (given.has(s.nodeId)) errors.push({ nodeId: s.nodeId, field: 'nodeId', message: msg.duplicate(node.code ?? s.nodeId) });
    else given.set(s.nodeId, s);
  }

  const out: NodeResult[] = [];
  const sign = (parent: NodeKind, child: NodeKind): number => ((parent === 'penalty') === (child === 'penalty') ? 1 : -1);

  const visit = (node: FrameworkNode, parentKind: NodeKind, parentPolicy: NaPolicy, depth: number): NodeResult => {
    const own = node.kind ?? 'normal';
    const kind = own === 'normal' ? parentKind : own;
    const policy = node.naPolicy ?? parentPolicy;
    if (node.children.length === 0) {
      const spec: LeafSpec = {
        nodeId: node.id,
        label: node.code ?? node.id,
        max: node.max,
        kind,
        scoredBy: node.scoredBy ?? 'unit',
        naPolicy: policy,
        naAllowed: node.naAllowed !== false,
      };
      const leaf = newLeafOut();
      resetLeaf(spec, leaf);
      const score = given.get(node.id);
      if (score) evaluateLeaf(spec, score, leaf, errors);
      const r = result(node, depth, true, kind, node.max);
      r.scoredBy = spec.scoredBy;
      r.naPolicy = policy;
      r.applicableMax = units(leaf.applicableMax);
      r.selfApplicableMax = units(leaf.selfApplicableMax);
      r.self = leaf.hasSelf ? units(leaf.self) : null;
      r.appraisal = leaf.hasAppraisal ? units(leaf.appraisal) : null;
      r.survey = leaf.hasSurvey ? units(leaf.survey) : null;
      r.final = leaf.hasFinal ? units(leaf.final) : null;
      r.lost = leaf.hasFinal ? units(leaf.lost) : null;
      r.naReason = leaf.naReason;
      r.counts = {
        leaves: 1,
        selfScored: leaf.hasSelf ? 1 : 0,
        appraised: leaf.hasAppraisal ? 1 : 0,
        surveyed: leaf.hasSurvey ? 1 : 0,
        decided: leaf.hasFinal ? 1 : 0,
        na: leaf.naReason === null ? 0 : 1,
        pending: leaf.hasFinal ? 0 : 1,
      };
      finish(r);
      return r;
    }
    const r = result(node, depth, false, kind, node.max);
    const children = node.children.map((child) => visit(child, kind, policy, depth + 1));
    rollUp(r, children, (c) => sign(kind, c.kind), (c) => c.kind === kind);
    return r;
  };

  const result = (node: FrameworkNode | null, depth: number, isLeaf: boolean, kind: NodeKind, statedMax: number): NodeResult => {
    const r: NodeResult = {
      nodeId: node ? node.id : ROOT_ID,
      code: node ? node.code : null,
      name: node ? node.name : fw.name,
      depth,
      isLeaf,
      kind,
      scoredBy: null,
      naPolicy: null,
      statedMax: units(statedMax),
      max: units(isLeaf ? statedMax : 0),
      applicableMax: units(0),
      selfApplicableMax: units(0),
      self: null,
      appraisal: null,
      survey: null,
      final: null,
      lost: null,
      selfIndex: null,
      finalIndex: null,
      naReason: null,
      counts: { leaves: 0, selfScored: 0, appraised: 0, surveyed: 0, decided: 0, na: 0, pending: 0 },
    };
    out.push(r);
    return r;
  };

  const finish = (r: NodeResult): void => {
    r.selfIndex = r.self === null ? null : boundedIndex(r.self, r.selfApplicableMax, cap);
    r.finalIndex = r.final === null ? null : boundedIndex(r.final, r.applicableMax, cap);
  };

  const rollUp = (r: NodeResult, children: NodeResult[], signOf: (c: NodeResult) => number, countsMax: (c: NodeResult) => boolean): void => {
    const plus = (acc: Points | null, v: Points | null, s: number): Points | null =>
      v === null ? acc : units((acc ?? 0) + s * v);
    let max = 0;
    for (const c of children) {
      const s = signOf(c);
      if (countsMax(c)) {
        max += c.max;
        r.applicableMax = units(r.applicableMax + c.applicableMax);
        r.selfApplicableMax = units(r.selfApplicableMax + c.selfApplicableMax);
      }
      r.self = plus(r.self, c.self, s);
      r.appraisal = plus(r.appraisal, c.appraisal, s);
      r.survey = plus(r.survey, c.survey, s);
      r.final = plus(r.final, c.final, s);
      r.lost = plus(r.lost, c.lost, 1);
      for (const key of ['leaves', 'selfScored', 'appraised', 'surveyed', 'decided', 'na', 'pending'] as const) {
        r.counts[key] += c.counts[key];
      }
    }
    r.max = units(max);
    finish(r);
  };

  const root = result(null, 0, false, 'normal', 0);
  const tops = fw.nodes.map((n) => visit(n, 'normal', fw.naPolicy, 1));
  rollUp(root, tops, (c) => sign('normal', c.kind), (c) => c.kind === 'normal');
  root.statedMax = fw.statedMax ?? root.max;
  // Pre-order, as CompiledAssessment.nodes() lists them.
  const order = new Map<string, number>();
  let k = 0;
  order.set(ROOT_ID, k++);
  const number = (list: FrameworkNode[]): void => {
    for (const node of list) {
      order.set(node.id, k++);
      number(node.children);
    }
  };
  number(fw.nodes);
  out.sort((a, b) => order.get(a.nodeId)! - order.get(b.nodeId)!);
  return { nodes: out, errors };
}
