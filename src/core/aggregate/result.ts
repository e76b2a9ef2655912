import { indexOf, units } from '../points';
import type { Points } from '../points';
import type { CompiledFramework } from './compile';
import { C, C_APPR, C_DECIDED, C_NA, C_SELF, C_SURV, KIND_OF, M, M_APPMAX, M_APPR, M_FINAL, M_LOST, M_SELF, M_SELFMAX, M_SURV } from './compile';
import type { AggregateIssue, AssessmentResult, NodeResult } from './types';

/** Default cap of every index: 100,00 %. */
export const DEFAULT_INDEX_CAP = 10_000;

/**
 * Index in hundredths of a percent, floored at 0 (penalties can take points below zero) and
 * capped at `cap` (bonus can take points above the max); null when there is nothing to divide.
 */
export function boundedIndex(achieved: number, max: number, cap: number | null): number | null {
  const raw = indexOf(achieved as Points, max as Points);
  if (raw === undefined) return null;
  if (raw < 0) return 0;
  return cap !== null && raw > cap ? cap : raw;
}

// Module-level rather than a closure in at(): the TypeScript loader wraps every inner function
// in a naming helper at each call, which showed up in the national benchmark's profile.
function opt(count: number, value: number): Points | null {
  return count > 0 ? units(value) : null;
}

/**
 * One unit's aggregated assessment, held as two flat typed arrays (measures and counts per
 * node). NodeResult objects are built only when asked for, so ranking thousands of units reads
 * the root's numbers without materialising every node.
 */
export class CompiledAssessment implements AssessmentResult {
  readonly frameworkId: string;
  readonly ok: boolean;

  constructor(
    readonly compiled: CompiledFramework,
    /** size × M measures, integer units. */
    readonly data: Float64Array,
    /** size × C counts. */
    readonly counts: Int32Array,
    readonly errors: AggregateIssue[],
    private readonly naReasons: ReadonlyMap<number, string> | null,
    readonly indexCap: number | null,
  ) {
    this.frameworkId = compiled.framework.id;
    this.ok = errors.length === 0;
  }

  get root(): NodeResult {
    return this.at(0);
  }

  /** The unit's final index (root), without building objects. */
  get finalIndex(): number | null {
    return this.finalIndexAt(0);
  }

  /** The unit's final points (root); null while nothing is decided. */
  get finalPoints(): Points | null {
    return this.counts[C_DECIDED]! > 0 ? units(this.data[M_FINAL]!) : null;
  }

  finalIndexAt(i: number): number | null {
    if (this.counts[i * C + C_DECIDED]! === 0) return null;
    return boundedIndex(this.data[i * M + M_FINAL]!, this.data[i * M + M_APPMAX]!, this.indexCap);
  }

  selfIndexAt(i: number): number | null {
    if (this.counts[i * C + C_SELF]! === 0) return null;
    return boundedIndex(this.data[i * M + M_SELF]!, this.data[i * M + M_SELFMAX]!, this.indexCap);
  }

  node(nodeId: string): NodeResult | undefined {
    const i = this.compiled.indexById.get(nodeId);
    return i === undefined ? undefined : this.at(i);
  }

  nodes(): NodeResult[] {
    const out: NodeResult[] = [];
    for (let i = 0; i < this.compiled.size; i++) out.push(this.at(i));
    return out;
  }

  /** Builds the NodeResult of node index i. */
  at(i: number): NodeResult {
    const c = this.compiled;
    const d = this.data;
    const k = this.counts;
    const b = i * M;
    const cb = i * C;
    const node = c.nodes[i] ?? null;
    const spec = c.leafSpecs[i];
    const decided = k[cb + C_DECIDED]!;
    const leaves = c.leafCount[i]!;
    return {
      nodeId: c.ids[i]!,
      code: node ? node.code : null,
      name: node ? node.name : c.framework.name,
      depth: c.depth[i]!,
      isLeaf: c.isLeaf[i] === 1,
      kind: KIND_OF[c.kind[i]!]!,
      scoredBy: spec ? spec.scoredBy : null,
      naPolicy: spec ? spec.naPolicy : null,
      statedMax: units(i === 0 ? (c.framework.statedMax ?? c.max[0]!) : c.statedMax[i]!),
      max: units(c.max[i]!),
      applicableMax: units(d[b + M_APPMAX]!),
      selfApplicableMax: units(d[b + M_SELFMAX]!),
      self: opt(k[cb + C_SELF]!, d[b + M_SELF]!),
      appraisal: opt(k[cb + C_APPR]!, d[b + M_APPR]!),
      survey: opt(k[cb + C_SURV]!, d[b + M_SURV]!),
      final: opt(decided, d[b + M_FINAL]!),
      lost: opt(decided, d[b + M_LOST]!),
      selfIndex: this.selfIndexAt(i),
      finalIndex: this.finalIndexAt(i),
      naReason: this.naReasons?.get(i) ?? null,
      counts: {
        leaves,
        selfScored: k[cb + C_SELF]!,
        appraised: k[cb + C_APPR]!,
        surveyed: k[cb + C_SURV]!,
        decided,
        na: k[cb + C_NA]!,
        pending: leaves - decided,
      },
    };
  }
}
