import fc from 'fast-check';
import { framework } from '../aggregate/testing';
import type { Framework, FrameworkNode } from '../framework';
import { units } from '../points';
import type { Points } from '../points';
import type { Rubric } from '../rubric/types';
import type { SurveySettings } from '../survey/settings';
import { qualifyCode, walkAll } from '../tree';

/** Random frameworks for property tests (format round trip, validator invariants). */

const pts = (maxUnits = 200_000): fc.Arbitrary<Points> => fc.integer({ min: 0, max: maxUnits }).map(units);
const label = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0);
const percent = fc.integer({ min: 0, max: 10_000 });
const optional = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

export const rubricArb: fc.Arbitrary<Rubric> = fc.oneof(
  fc.array(fc.record({ label, labelEn: optional(label), points: pts() }), { minLength: 1, maxLength: 4 })
    .map((ls): Rubric => ({ type: 'levels', levels: ls.map((l, i) => withoutUndefined({ id: String(i + 1), ...l })) })),
  fc.record({
    deadline: optional(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
    tiers: fc.array(fc.record({ maxDaysLate: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), points: pts(), label }), { minLength: 1, maxLength: 3 }),
    missingPoints: pts(),
  }).map((r): Rubric => withoutUndefined({ type: 'deadline', ...r })),
  fc.array(fc.record({
    from: fc.option(percent, { nil: null }),
    fromExclusive: optional(fc.boolean()),
    to: fc.option(percent, { nil: null }),
    toInclusive: optional(fc.boolean()),
    points: pts(),
    label,
  }), { minLength: 1, maxLength: 4 }).map((bands): Rubric => ({ type: 'percent-bands', bands: bands.map(withoutUndefined) })),
  optional(pts()).map((step): Rubric => withoutUndefined({ type: 'proportional', step })),
  fc.record({ perItem: pts(), floor: optional(pts()), itemLabel: optional(label) }).map((r): Rubric => withoutUndefined({ type: 'deduction', ...r })),
  fc.record({ perItem: pts(), cap: optional(pts()) }).map((r): Rubric => withoutUndefined({ type: 'count', ...r })),
  fc.array(fc.record({ label, points: pts() }), { minLength: 1, maxLength: 4 })
    .map((ls): Rubric => ({ type: 'checklist', items: ls.map((l, i) => ({ id: `c${i}`, ...l })) })),
  fc.array(fc.record({ label, share: percent }), { minLength: 1, maxLength: 3 })
    .map((ls): Rubric => ({ type: 'share-of-max', levels: ls.map((l, i) => ({ id: String(i + 1), ...l })) })),
  fc.record({ yesLabel: optional(label), noLabel: optional(label), yes: optional(pts()), no: optional(pts()) }).map((r): Rubric => withoutUndefined({ type: 'yes-no', ...r })),
  fc.constant<Rubric>({ type: 'manual' }),
);

/** Survey settings as the format allows them (the validator's rules are not assumed here). */
export const surveyArb: fc.Arbitrary<SurveySettings> = fc
  .record({
    answers: optional(fc.array(fc.record({ answer: fc.constantFrom('A', 'B', 'C', 'D', '1', '2', 'Có'), label: optional(label), labelEn: optional(label), share: percent }).map(withoutUndefined), { maxLength: 4 })),
    groups: optional(fc.array(fc.record({ name: label, nameEn: optional(label), weight: optional(fc.integer({ min: 1, max: 100_000 }).map(units)) }).map(withoutUndefined), { maxLength: 3 })),
    step: optional(fc.integer({ min: 1, max: 5_000 }).map(units)),
    note: optional(label),
  })
  .map(withoutUndefined);

interface Shape { children: Shape[] }
/** Lists of subtrees at most `levels` deep (explicit depth: no unbounded recursion). */
function shapeArb(levels: number): fc.Arbitrary<Shape[]> {
  if (levels <= 1) return fc.array(fc.constant<Shape>({ children: [] }), { maxLength: 4 });
  return fc.array(shapeArb(levels - 1).map((children): Shape => ({ children })), { maxLength: 4 });
}

/**
 * A tree shape with dotted codes ("1", "1.2", "1.2.3"), at most `depth` levels, leaves' maxima
 * random and every parent's max the sum of its children — a consistent framework.
 */
export function consistentNodesArb(depth = 4): fc.Arbitrary<FrameworkNode[]> {
  const countLeaves = (list: Shape[]): number => list.reduce((n, s) => n + (s.children.length === 0 ? 1 : countLeaves(s.children)), 0);
  return shapeArb(depth)
    .filter((s) => s.length > 0)
    .chain((shape) => fc.tuple(fc.constant(shape), fc.array(pts(50_000), { minLength: countLeaves(shape), maxLength: countLeaves(shape) })))
    .map(([shape, maxima]) => {
      let next = 0;
      const build = (list: Shape[], parent: { qualified: string; code: string | null } | null): FrameworkNode[] =>
        list.map((s, i) => {
          const code = parent ? `${parent.code}.${i + 1}` : String(i + 1);
          const qualified = qualifyCode(parent, code, i);
          const children = build(s.children, { qualified, code });
          const max = children.length > 0 ? (children.reduce((a, c) => a + c.max, 0) as Points) : maxima[next++]!;
          return { id: qualified, code, name: `Tiêu chí ${code}`, max, children };
        });
      return build(shape, null);
    });
}

/** A commune set around `nodes` (aggregate/testing's `framework` makes a department set). */
export function frameworkOf(nodes: FrameworkNode[], extra: Partial<Framework> = {}): Framework {
  return framework(nodes, { id: 'test', unitType: 'commune', ...extra });
}

/** Adds random optional fields and rubrics to a consistent tree (for the format round trip). */
export function decoratedFrameworkArb(): fc.Arbitrary<Framework> {
  const extras = fc.record({
    nameEn: optional(label),
    kind: optional(fc.constantFrom('normal' as const, 'bonus' as const, 'penalty' as const)),
    scoredBy: optional(fc.constantFrom('unit' as const, 'appraiser' as const, 'survey' as const)),
    appraisingDepartment: optional(label),
    naAllowed: optional(fc.boolean()),
    naPolicy: optional(fc.constantFrom('exclude' as const, 'full' as const, 'zero' as const)),
    rubric: optional(rubricArb),
    survey: optional(surveyArb),
    evidence: optional(label),
    note: optional(label),
    customId: optional(fc.constantFrom('x-1', 'node-a', 'Z')),
    noCode: fc.boolean(),
  });
  const top = fc.record({
    statedMax: optional(pts(2_000_000)),
    source: optional(label),
    survey: optional(surveyArb),
    repairs: optional(fc.array(label, { maxLength: 2 })),
    bands: fc.array(fc.record({ code: label, label: fc.record({ vi: label, en: label }), minIndex: percent }), { maxLength: 3 }),
    version: fc.constantFrom('1', '2023-draft', '1.10'),
  });
  return consistentNodesArb(3).chain((nodes) => {
    const n = walkAll(nodes).length;
    return fc.tuple(fc.constant(nodes), fc.array(extras, { minLength: n, maxLength: n }), top);
  }).map(([nodes, extraList, topFields]) => {
    let k = 0;
    let n = 0;
    const decorate = (list: FrameworkNode[]): FrameworkNode[] =>
      list.map((node) => {
        const e = extraList[k++]!;
        const { customId, noCode, ...rest } = e;
        // Uncoded rows and custom ids change the generated ids below them; keep them on leaves.
        const leaf = node.children.length === 0;
        const out: FrameworkNode = { ...node, ...withoutUndefined(rest), children: decorate(node.children) };
        if (leaf && noCode) out.code = null;
        out.id = leaf && customId !== undefined ? `${customId}-${n++}` : node.id;
        return out;
      });
    const decorated = decorate(nodes);
    // Uncoded leaves get generated ids from their position.
    const fixIds = (list: FrameworkNode[], parent: { qualified: string; code: string | null } | null): void =>
      list.forEach((node, i) => {
        const q = qualifyCode(parent, node.code, i);
        if (node.code === null && !/-\d+$/.test(node.id)) node.id = q;
        fixIds(node.children, { qualified: q, code: node.code });
      });
    fixIds(decorated, null);
    return frameworkOf(decorated, withoutUndefined(topFields));
  });
}
