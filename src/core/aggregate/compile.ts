import type { Framework, FrameworkNode, NaPolicy, NodeKind, ScoredBy } from '../framework';
import type { LeafSpec } from './leaf';
import { ROOT_ID } from './types';

/**
 * A framework flattened once into typed arrays so that aggregating thousands of units is one
 * tight pass each (index 0 is the virtual root; the others follow in pre-order, so every
 * parent comes before its children and a reverse walk sees children first).
 *
 * Kinds and signs. A node's effective kind is its own 'bonus'/'penalty', else its parent's
 * (a bonus section's rows are bonus rows). Points are kept in each node's own direction, and a
 * child adds to its parent with sign −1 exactly when one of the two is a penalty node and the
 * other is not; the child's max counts toward the parent's max only when both have the same
 * kind. So bonus points add to the total without raising the max, penalties subtract, and a
 * bonus or penalty section still has its own index (points earned ÷ its own cap).
 */
export const KIND_CODE: Record<NodeKind, number> = { normal: 0, bonus: 1, penalty: 2 };
export const KIND_OF: readonly NodeKind[] = ['normal', 'bonus', 'penalty'];

/** Per-node measures, stride M in CompiledAssessment.data. */
export const M_APPMAX = 0;
export const M_SELFMAX = 1;
export const M_SELF = 2;
export const M_APPR = 3;
export const M_SURV = 4;
export const M_FINAL = 5;
export const M_LOST = 6;
export const M = 7;

/** Per-node counts, stride C in CompiledAssessment.counts. */
export const C_SELF = 0;
export const C_APPR = 1;
export const C_SURV = 2;
export const C_DECIDED = 3;
export const C_NA = 4;
export const C = 5;

export interface CompiledFramework {
  readonly framework: Framework;
  /** Number of nodes including the root. */
  readonly size: number;
  readonly ids: readonly string[];
  /** null at index 0 (the root). */
  readonly nodes: readonly (FrameworkNode | null)[];
  readonly indexById: ReadonlyMap<string, number>;
  /** −1 for the root. */
  readonly parent: Int32Array;
  readonly depth: Uint8Array;
  /** Effective kind, KIND_CODE. */
  readonly kind: Uint8Array;
  /** +1 or −1: how the node adds into its parent. */
  readonly sign: Int8Array;
  /** 1 when the node's max counts toward its parent's max. */
  readonly inParentMax: Uint8Array;
  readonly isLeaf: Uint8Array;
  readonly leafIndices: Int32Array;
  readonly leafCount: Int32Array;
  /** Stated maxima (integer units). */
  readonly statedMax: Float64Array;
  /** Σ of the maxima of same-kind leaves (integer units). */
  readonly max: Float64Array;
  /** Leaf rules per node index (undefined for inner nodes). */
  readonly leafSpecs: readonly (LeafSpec | undefined)[];
  /** Measures of an unscored unit's leaves; inner nodes 0. Copied at the start of each unit. */
  readonly template: Float64Array;
  /** Scratch for spotting a leaf scored twice; `generation` moves on with every unit. */
  readonly seen: Int32Array;
  generation: number;
}

/** A framework the aggregation cannot work with (ids must be unique). */
export class FrameworkShapeError extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'FrameworkShapeError';
  }
}

interface Flat {
  node: FrameworkNode | null;
  parent: number;
  depth: number;
  kind: NodeKind;
  naPolicy: NaPolicy;
}

function flatten(fw: Framework): Flat[] {
  const out: Flat[] = [{ node: null, parent: -1, depth: 0, kind: 'normal', naPolicy: fw.naPolicy }];
  const visit = (node: FrameworkNode, parent: number): void => {
    const up = out[parent]!;
    const own = node.kind ?? 'normal';
    const kind = own === 'normal' ? up.kind : own;
    const me = out.length;
    out.push({ node, parent, depth: up.depth + 1, kind, naPolicy: node.naPolicy ?? up.naPolicy });
    for (const child of node.children) visit(child, me);
  };
  for (const top of fw.nodes) visit(top, 0);
  return out;
}

const signOf = (k: NodeKind): number => (k === 'penalty' ? -1 : 1);

export function compileFramework(fw: Framework): CompiledFramework {
  const flat = flatten(fw);
  const n = flat.length;
  const ids: string[] = new Array<string>(n);
  const indexById = new Map<string, number>();
  const parent = new Int32Array(n);
  const depth = new Uint8Array(n);
  const kind = new Uint8Array(n);
  const sign = new Int8Array(n);
  const inParentMax = new Uint8Array(n);
  const isLeaf = new Uint8Array(n);
  const statedMax = new Float64Array(n);
  const max = new Float64Array(n);
  const leafCount = new Int32Array(n);
  const leafSpecs: (LeafSpec | undefined)[] = new Array<LeafSpec | undefined>(n).fill(undefined);
  const template = new Float64Array(n * M);
  const leaves: number[] = [];

  for (let i = 0; i < n; i++) {
    const f = flat[i]!;
    const id = f.node ? f.node.id : ROOT_ID;
    if (indexById.has(id)) {
      throw new FrameworkShapeError(
        `Mã tiêu chí "${id}" bị trùng trong bộ tiêu chí`,
        `Criterion id "${id}" appears more than once in the criteria set`,
      );
    }
    ids[i] = id;
    indexById.set(id, i);
    parent[i] = f.parent;
    depth[i] = f.depth;
    kind[i] = KIND_CODE[f.kind];
    if (i > 0) {
      const pk = flat[f.parent]!.kind;
      sign[i] = signOf(pk) * signOf(f.kind);
      inParentMax[i] = pk === f.kind ? 1 : 0;
    } else sign[i] = 1;
    statedMax[i] = f.node ? f.node.max : 0;
    const leaf = f.node !== null && f.node.children.length === 0;
    if (!leaf) continue;
    const node = f.node!;
    isLeaf[i] = 1;
    leaves.push(i);
    const scoredBy: ScoredBy = node.scoredBy ?? 'unit';
    leafSpecs[i] = {
      nodeId: id,
      label: node.code ?? id,
      max: node.max,
      kind: f.kind,
      scoredBy,
      naPolicy: f.naPolicy,
      naAllowed: node.naAllowed !== false,
    };
    max[i] = node.max;
    leafCount[i] = 1;
    template[i * M + M_APPMAX] = node.max;
    template[i * M + M_SELFMAX] = scoredBy === 'unit' ? node.max : 0;
  }
  // Children after parents: a reverse walk rolls maxima and leaf counts up.
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i]!;
    leafCount[p] = leafCount[p]! + leafCount[i]!;
    if (inParentMax[i]) max[p] = max[p]! + max[i]!;
  }
  return {
    framework: fw,
    size: n,
    ids,
    nodes: flat.map((f) => f.node),
    indexById,
    parent,
    depth,
    kind,
    sign,
    inParentMax,
    isLeaf,
    leafIndices: Int32Array.from(leaves),
    leafCount,
    statedMax,
    max,
    leafSpecs,
    template,
    seen: new Int32Array(n),
    generation: 0,
  };
}
