import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework, FrameworkNode } from '../framework';
import { aggregateAssessment, aggregateCompiled, compileFramework, ROOT_ID } from './index';
import type { AssessmentResult, LeafScore, NodeResult } from './index';
import { frameworkArb, fullAppraisalArb, scoresArb } from './arbitraries';
import { aggregateReference } from './reference';

const withScores = (opts: { bonusPenalty: boolean }) =>
  frameworkArb(opts).chain((fw) => scoresArb(fw).map((scores) => ({ fw, scores })));

/** Each inner node (and the root) with its children's results. */
function families(fw: Framework, r: AssessmentResult): { parent: NodeResult; children: NodeResult[] }[] {
  const out: { parent: NodeResult; children: NodeResult[] }[] = [];
  const visit = (id: string, children: FrameworkNode[]): void => {
    if (children.length === 0) return;
    out.push({ parent: r.node(id)!, children: children.map((c) => r.node(c.id)!) });
    for (const c of children) visit(c.id, c.children);
  };
  visit(ROOT_ID, fw.nodes);
  return out;
}

const signOf = (parent: NodeResult, child: NodeResult): number => ((parent.kind === 'penalty') === (child.kind === 'penalty') ? 1 : -1);

const MEASURES = ['self', 'appraisal', 'survey', 'final'] as const;

describe('aggregation invariants (random trees of depth 1–5, random scores)', () => {
  it("every parent's points equal the signed sum of its children, for self, appraisal, survey and final", () => {
    fc.assert(
      fc.property(withScores({ bonusPenalty: true }), ({ fw, scores }) => {
        const r = aggregateAssessment(fw, scores);
        for (const { parent, children } of families(fw, r)) {
          for (const m of MEASURES) {
            const given = children.filter((c) => c[m] !== null);
            const expected = given.length === 0 ? null : given.reduce((acc, c) => acc + signOf(parent, c) * c[m]!, 0);
            expect(parent[m]).toBe(expected);
          }
          const same = children.filter((c) => c.kind === parent.kind);
          expect(parent.max).toBe(same.reduce((a, c) => a + c.max, 0));
          expect(parent.applicableMax).toBe(same.reduce((a, c) => a + c.applicableMax, 0));
          expect(parent.selfApplicableMax).toBe(same.reduce((a, c) => a + c.selfApplicableMax, 0));
          expect(parent.counts.leaves).toBe(children.reduce((a, c) => a + c.counts.leaves, 0));
          expect(parent.counts.decided).toBe(children.reduce((a, c) => a + c.counts.decided, 0));
          expect(parent.counts.na).toBe(children.reduce((a, c) => a + c.counts.na, 0));
        }
      }),
    );
  });

  it('keeps every leaf within 0 ≤ points ≤ max, and N/A within its policy', () => {
    fc.assert(
      fc.property(withScores({ bonusPenalty: true }), ({ fw, scores }) => {
        const r = aggregateAssessment(fw, scores);
        for (const n of r.nodes().filter((x) => x.isLeaf)) {
          expect(n.applicableMax >= 0 && n.applicableMax <= n.max).toBe(true);
          for (const m of MEASURES) {
            const v = n[m];
            if (v !== null) expect(v >= 0 && v <= n.max).toBe(true);
          }
          if (n.final !== null) expect(n.final <= n.applicableMax).toBe(true);
          if (n.naReason !== null) {
            expect(n.naReason.trim()).not.toBe('');
            if (n.naPolicy === 'exclude') expect(n.applicableMax).toBe(0);
            else expect(n.applicableMax).toBe(n.max);
          }
        }
      }),
    );
  });

  it('keeps every index within 0–100 % under every N/A policy without bonus, even uncapped', () => {
    fc.assert(
      fc.property(withScores({ bonusPenalty: false }), ({ fw, scores }) => {
        const r = aggregateAssessment(fw, scores, { indexCap: null });
        for (const n of r.nodes()) {
          for (const idx of [n.selfIndex, n.finalIndex]) {
            if (idx !== null) expect(idx >= 0 && idx <= 10_000).toBe(true);
          }
          if (n.final !== null) expect(n.final <= n.applicableMax).toBe(true);
          if (n.self !== null) expect(n.self <= n.selfApplicableMax).toBe(true);
        }
      }),
    );
  });

  it('with bonus and penalty the default index still stays within 0–100 %', () => {
    fc.assert(
      fc.property(withScores({ bonusPenalty: true }), ({ fw, scores }) => {
        for (const n of aggregateAssessment(fw, scores).nodes()) {
          for (const idx of [n.selfIndex, n.finalIndex]) if (idx !== null) expect(idx >= 0 && idx <= 10_000).toBe(true);
        }
      }),
    );
  });

  it('lost = applicableMax − final at every node once everything is appraised (no bonus/penalty)', () => {
    const arb = frameworkArb({ bonusPenalty: false }).chain((fw) => fullAppraisalArb(fw).map((scores) => ({ fw, scores })));
    fc.assert(
      fc.property(arb, ({ fw, scores }) => {
        const r = aggregateAssessment(fw, scores);
        expect(r.ok).toBe(true);
        for (const n of r.nodes()) {
          expect(n.counts.pending).toBe(0);
          expect(n.lost).toBe(n.applicableMax - n.final!);
        }
      }),
    );
  });

  it('the compiled pass agrees with the plain recursive reference, errors included', () => {
    const key = (e: { nodeId: string; field: string; message: { en: string } }) => `${e.nodeId}|${e.field}|${e.message.en}`;
    fc.assert(
      fc.property(withScores({ bonusPenalty: true }), fc.constantFrom<number | null | undefined>(undefined, null, 9000), ({ fw, scores }, cap) => {
        const options = cap === undefined ? {} : { indexCap: cap };
        const compiled = compileFramework(fw);
        // Reuse the compiled set for an unrelated unit first: nothing may leak between units.
        aggregateCompiled(compiled, scores.slice().reverse(), options);
        const fast = aggregateCompiled(compiled, scores, options);
        const ref = aggregateReference(fw, scores, options);
        expect(fast.nodes()).toEqual(ref.nodes);
        expect(fast.errors.map(key).sort()).toEqual(ref.errors.map(key).sort());
        expect(fast.ok).toBe(ref.errors.length === 0);
      }),
    );
  });

  it('scoring in another order gives the same result when no leaf is scored twice', () => {
    fc.assert(
      fc.property(withScores({ bonusPenalty: true }), ({ fw, scores }) => {
        const unique = [...new Map(scores.map((s): [string, LeafScore] => [s.nodeId, s])).values()];
        const a = aggregateAssessment(fw, unique);
        const b = aggregateAssessment(fw, unique.slice().reverse());
        expect(b.nodes()).toEqual(a.nodes());
      }),
    );
  });
});
