// Test-only: fast-check generators of random criteria trees (depth 1–5) and random scores,
// shared by the aggregation and ranking property tests. Not used by product code.
import fc from 'fast-check';
import type { Framework, FrameworkNode, NaPolicy, NodeKind, ScoredBy } from '../framework';
import { units } from '../points';
import type { LeafScore } from './types';
import { framework } from './testing';

interface Shape {
  max: number;
  kind?: NodeKind;
  naPolicy?: NaPolicy;
  scoredBy?: ScoredBy;
  naAllowed?: boolean;
  children: Shape[];
}

export interface TreeOptions {
  /** Allow bonus and penalty sections. */
  bonusPenalty: boolean;
}

const policyArb = fc.constantFrom<NaPolicy>('exclude', 'full', 'zero');

/** Maxima in steps of 0,25 or 0,05 point, as criteria sets print them. */
const maxArb = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map((k) => k * 2500),
  fc.integer({ min: 1, max: 60 }).map((k) => k * 500),
);

function shapeArb(levels: number, opts: TreeOptions): fc.Arbitrary<Shape> {
  const kind = opts.bonusPenalty
    ? fc.option(fc.constantFrom<NodeKind>('normal', 'normal', 'bonus', 'penalty'), { nil: undefined, freq: 2 })
    : fc.constant(undefined);
  const common = {
    kind,
    naPolicy: fc.option(policyArb, { nil: undefined, freq: 3 }),
  };
  const leafArb: fc.Arbitrary<Shape> = fc.record({
    ...common,
    max: maxArb,
    scoredBy: fc.constantFrom<ScoredBy | undefined>(undefined, 'unit', 'appraiser', 'survey'),
    naAllowed: fc.constantFrom<boolean | undefined>(undefined, true, false),
    children: fc.constant([]),
  });
  if (levels <= 1) return leafArb;
  const inner: fc.Arbitrary<Shape> = fc.record({
    ...common,
    max: maxArb,
    children: fc.array(shapeArb(levels - 1, opts), { minLength: 1, maxLength: 4 }),
  });
  return fc.oneof(leafArb, inner);
}

function build(shapes: Shape[], prefix: string): FrameworkNode[] {
  return shapes.map((s, i) => {
    const id = prefix === '' ? `${i + 1}` : `${prefix}.${i + 1}`;
    const node: FrameworkNode = { id, code: id, name: `Tiêu chí ${id}`, max: units(s.max), children: build(s.children, id) };
    if (s.kind !== undefined) node.kind = s.kind;
    if (s.naPolicy !== undefined) node.naPolicy = s.naPolicy;
    if (s.scoredBy !== undefined) node.scoredBy = s.scoredBy;
    if (s.naAllowed !== undefined) node.naAllowed = s.naAllowed;
    return node;
  });
}

/** A random framework of depth 1–5 with a random set-wide N/A policy. */
export function frameworkArb(opts: TreeOptions): fc.Arbitrary<Framework> {
  return fc
    .tuple(
      fc.integer({ min: 1, max: 5 }).chain((d) => fc.array(shapeArb(d, opts), { minLength: 1, maxLength: 5 })),
      policyArb,
    )
    .map(([shapes, naPolicy]) => framework(build(shapes, ''), { naPolicy }));
}

export function leavesOf(fw: Framework): FrameworkNode[] {
  const out: FrameworkNode[] = [];
  const walk = (list: FrameworkNode[]): void => {
    for (const n of list) {
      if (n.children.length === 0) out.push(n);
      else walk(n.children);
    }
  };
  walk(fw.nodes);
  return out;
}

/** Mostly valid values in [0, max], sometimes missing, sometimes unusable. */
function valueArb(max: number): fc.Arbitrary<number | null> {
  return fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max }) },
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom(-2500, max + 2500, 0.5) },
  );
}

/** Random scores for a framework's leaves, with N/A marks, stray ids and duplicates. */
export function scoresArb(fw: Framework): fc.Arbitrary<LeafScore[]> {
  const perLeaf = leavesOf(fw).map((leaf) =>
    fc
      .record({
        mode: fc.constantFrom('none', 'score', 'score', 'score', 'na', 'na-and-score'),
        self: valueArb(leaf.max),
        appraisal: valueArb(leaf.max),
        survey: valueArb(leaf.max),
        reason: fc.constantFrom('Không phát sinh nhiệm vụ', '', '  '),
      })
      .map((r): LeafScore[] => {
        const score = { nodeId: leaf.id, self: r.self as LeafScore['self'], appraisal: r.appraisal as LeafScore['appraisal'], survey: r.survey as LeafScore['survey'] };
        if (r.mode === 'none') return [];
        if (r.mode === 'score') return [score];
        if (r.mode === 'na') return [{ nodeId: leaf.id, na: { reason: r.reason } }];
        return [{ ...score, na: { reason: r.reason } }];
      }),
  );
  return fc
    .tuple(fc.tuple(...perLeaf), fc.boolean(), fc.boolean())
    .map(([lists, stray, dup]) => {
      const all = lists.flat();
      if (stray) all.push({ nodeId: 'không-có', self: units(0) });
      if (dup && all.length > 0) all.push(all[0]!);
      return all;
    });
}

/** Leaves that are all decided with valid appraisals (for the lost = max − final check). */
export function fullAppraisalArb(fw: Framework): fc.Arbitrary<LeafScore[]> {
  return fc.tuple(...leavesOf(fw).map((leaf) => fc.integer({ min: 0, max: leaf.max }).map((v): LeafScore => ({ nodeId: leaf.id, appraisal: units(v) }))));
}
