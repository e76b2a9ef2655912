import type { Framework } from '../framework';
import { C, C_APPR, C_DECIDED, C_NA, C_SELF, C_SURV, compileFramework, M, M_APPMAX, M_APPR, M_FINAL, M_LOST, M_SELF, M_SELFMAX, M_SURV } from './compile';
import type { CompiledFramework } from './compile';
import { evaluateLeaf, newLeafOut, resetLeaf } from './leaf';
import { msg } from './messages';
import { CompiledAssessment, DEFAULT_INDEX_CAP } from './result';
import type { AggregateIssue, AggregateOptions, LeafScore } from './types';

const scratch = newLeafOut();

/**
 * One unit's scores → points, lost points and indices at every node. One pass over the scores
 * writes the leaves, one reverse pass over the nodes rolls them up; all arithmetic is on
 * integer units held in a Float64Array (exact below 2^53). Unusable scores come back in
 * `errors` and are left out; nothing throws for bad scores.
 */
export function aggregateCompiled(c: CompiledFramework, scores: Iterable<LeafScore>, options: AggregateOptions = {}): CompiledAssessment {
  const cap = options.indexCap === undefined ? DEFAULT_INDEX_CAP : options.indexCap;
  const n = c.size;
  const data = new Float64Array(n * M);
  data.set(c.template);
  const counts = new Int32Array(n * C);
  const issues: AggregateIssue[] = [];
  let naReasons: Map<number, string> | null = null;

  if (c.generation >= 0x7fffffff) {
    c.seen.fill(0);
    c.generation = 0;
  }
  const gen = ++c.generation;
  const seen = c.seen;
  const out = scratch;

  const apply = (s: LeafScore): void => {
    const i = c.indexById.get(s.nodeId);
    if (i === undefined) {
      issues.push({ nodeId: String(s.nodeId), field: 'nodeId', message: msg.unknownNode(String(s.nodeId)) });
      return;
    }
    const spec = c.leafSpecs[i];
    if (spec === undefined) {
      const node = c.nodes[i];
      issues.push({ nodeId: s.nodeId, field: 'nodeId', message: msg.notALeaf(node?.code ?? s.nodeId) });
      return;
    }
    if (seen[i] === gen) {
      issues.push({ nodeId: s.nodeId, field: 'nodeId', message: msg.duplicate(spec.label) });
      return;
    }
    seen[i] = gen;
    resetLeaf(spec, out);
    evaluateLeaf(spec, s, out, issues);
    const b = i * M;
    data[b + M_APPMAX] = out.applicableMax;
    data[b + M_SELFMAX] = out.selfApplicableMax;
    data[b + M_SELF] = out.self;
    data[b + M_APPR] = out.appraisal;
    data[b + M_SURV] = out.survey;
    data[b + M_FINAL] = out.final;
    data[b + M_LOST] = out.lost;
    const k = i * C;
    counts[k + C_SELF] = out.hasSelf ? 1 : 0;
    counts[k + C_APPR] = out.hasAppraisal ? 1 : 0;
    counts[k + C_SURV] = out.hasSurvey ? 1 : 0;
    counts[k + C_DECIDED] = out.hasFinal ? 1 : 0;
    if (out.naReason !== null) {
      counts[k + C_NA] = 1;
      (naReasons ??= new Map()).set(i, out.naReason);
    }
  };
  // Arrays (the common case) by index: cheaper than the iterator protocol at 600 000 scores.
  if (Array.isArray(scores)) {
    const list = scores as readonly LeafScore[];
    for (let j = 0; j < list.length; j++) apply(list[j]!);
  } else for (const s of scores) apply(s);

  const parent = c.parent;
  const sign = c.sign;
  const inMax = c.inParentMax;
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    const b = i * M;
    const pb = p * M;
    const s = sign[i]!;
    if (inMax[i] === 1) {
      data[pb + M_APPMAX]! += data[b + M_APPMAX]!;
      data[pb + M_SELFMAX]! += data[b + M_SELFMAX]!;
    }
    data[pb + M_SELF]! += s * data[b + M_SELF]!;
    data[pb + M_APPR]! += s * data[b + M_APPR]!;
    data[pb + M_SURV]! += s * data[b + M_SURV]!;
    data[pb + M_FINAL]! += s * data[b + M_FINAL]!;
    data[pb + M_LOST]! += data[b + M_LOST]!;
    const k = i * C;
    const pk = p * C;
    counts[pk + C_SELF]! += counts[k + C_SELF]!;
    counts[pk + C_APPR]! += counts[k + C_APPR]!;
    counts[pk + C_SURV]! += counts[k + C_SURV]!;
    counts[pk + C_DECIDED]! += counts[k + C_DECIDED]!;
    counts[pk + C_NA]! += counts[k + C_NA]!;
  }
  return new CompiledAssessment(c, data, counts, issues, naReasons, cap);
}

/** Convenience for one unit: compile + aggregate. Compile once and reuse it for many units. */
export function aggregateAssessment(framework: Framework, scores: Iterable<LeafScore>, options: AggregateOptions = {}): CompiledAssessment {
  return aggregateCompiled(compileFramework(framework), scores, options);
}
