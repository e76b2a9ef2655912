// National-size run of the scoring core: one generated criteria set of 150 scored leaves
// (8 fields, ~32 criteria, maxima in steps of 0,25 summing to 100, plus a bonus and a penalty
// section) and 4 000 units with random self, appraisal and survey scores and some N/A items.
// Measured: compile + aggregation of every unit + ranking + classification (+ the per-field
// comparison, reported apart). Data generation is not measured. Deterministic (seeded).
import { aggregateCompiled, compileFramework } from '../../src/core/aggregate';
import type { CompiledAssessment, LeafScore } from '../../src/core/aggregate';
import type { ClassificationBand, Framework, FrameworkNode } from '../../src/core/framework';
import { formatIndex, formatPoints, units } from '../../src/core/points';
import { classify, compareFields, rankUnits } from '../../src/core/ranking';
import { measure } from '../scenario';
import type { Figure, Scenario } from '../scenario';
import { rng } from './seeded-random';

const UNITS = 4_000;
const LEAVES = 150;
const QUARTER = 2_500; // 0,25 point in units

const bands: ClassificationBand[] = [
  { code: 'A', label: { vi: 'Nhóm A', en: 'Group A' }, minIndex: 9000 },
  { code: 'B', label: { vi: 'Nhóm B', en: 'Group B' }, minIndex: 8000 },
  { code: 'C', label: { vi: 'Nhóm C', en: 'Group C' }, minIndex: 7000 },
  { code: 'D', label: { vi: 'Nhóm D', en: 'Group D' }, minIndex: 0 },
];

/** Splits `total` into `parts` counts of at least `min` each. */
function split(total: number, parts: number, min: number, rand: () => number): number[] {
  const out = new Array<number>(parts).fill(min);
  for (let left = total - parts * min; left > 0; left--) out[Math.floor(rand() * parts)]! += 1;
  return out;
}

function generateFramework(rand: () => number): { fw: Framework; fields: number; criteria: number } {
  const fields = 7 + Math.floor(rand() * 3);
  const criteria = 25 + Math.floor(rand() * 16);
  // 400 quarters = 100 points over 150 leaves, every leaf at least 0,25 and at most 3.
  const quarters = new Array<number>(LEAVES).fill(1);
  for (let left = 400 - LEAVES; left > 0; ) {
    const i = Math.floor(rand() * LEAVES);
    if (quarters[i]! < 12) {
      quarters[i]! += 1;
      left--;
    }
  }
  const perField = split(criteria, fields, 2, rand);
  const perCriterion = split(LEAVES, criteria, 1, rand);
  let leaf = 0;
  let crit = 0;
  const sumMax = (list: FrameworkNode[]) => units(list.reduce((a, n) => a + n.max, 0));
  const nodes: FrameworkNode[] = perField.map((nCrit, f) => {
    const fieldCode = `${f + 1}`;
    const children: FrameworkNode[] = [];
    for (let c = 0; c < nCrit; c++) {
      const code = `${fieldCode}.${c + 1}`;
      const subs: FrameworkNode[] = [];
      for (let s = 0; s < perCriterion[crit]!; s++) {
        const subCode = `${code}.${s + 1}`;
        const scoredBy = f === fields - 1 ? 'survey' : rand() < 0.08 ? 'appraiser' : 'unit';
        subs.push({ id: subCode, code: subCode, name: `Tiêu chí thành phần ${subCode}`, max: units(quarters[leaf++]! * QUARTER), children: [], scoredBy });
      }
      crit++;
      children.push({ id: code, code, name: `Tiêu chí ${code}`, max: sumMax(subs), children: subs });
    }
    return { id: fieldCode, code: fieldCode, name: `Lĩnh vực ${fieldCode}`, max: sumMax(children), children };
  });
  nodes.push({
    id: 'thuong',
    code: null,
    name: 'Điểm thưởng',
    kind: 'bonus',
    max: units(50_000),
    children: [
      { id: 'thuong.1', code: null, name: 'Sáng kiến được công nhận', max: units(30_000), children: [] },
      { id: 'thuong.2', code: null, name: 'Giải thưởng', max: units(20_000), children: [] },
    ],
  });
  nodes.push({
    id: 'tru',
    code: null,
    name: 'Điểm trừ',
    kind: 'penalty',
    max: units(30_000),
    children: [{ id: 'tru.1', code: null, name: 'Báo cáo trễ hạn', max: units(30_000), children: [] }],
  });
  const fw: Framework = {
    formatVersion: 1,
    id: 'bench-national',
    name: 'Bộ tiêu chí sinh ngẫu nhiên',
    unitType: 'commune',
    year: 2025,
    version: '1',
    naPolicy: 'exclude',
    bands,
    nodes,
    statedMax: units(1_000_000),
  };
  return { fw, fields, criteria };
}

function leavesOf(list: FrameworkNode[], out: FrameworkNode[] = []): FrameworkNode[] {
  for (const n of list) {
    if (n.children.length === 0) out.push(n);
    else leavesOf(n.children, out);
  }
  return out;
}

/** A random multiple of 0,25 in [0, max], skewed high like real self-scores. */
function score(max: number, strength: number, rand: () => number): number {
  const steps = Math.floor(max / QUARTER);
  const got = Math.min(steps, Math.round(steps * (strength + (rand() - 0.5) * 0.3)));
  return Math.max(0, got) * QUARTER;
}

function generateUnits(fw: Framework, rand: () => number): LeafScore[][] {
  const leaves = leavesOf(fw.nodes);
  const all: LeafScore[][] = [];
  for (let u = 0; u < UNITS; u++) {
    const strength = 0.7 + rand() * 0.3;
    const scores: LeafScore[] = [];
    for (const leaf of leaves) {
      if (rand() < 0.03) {
        scores.push({ nodeId: leaf.id, na: { reason: 'Không phát sinh nhiệm vụ trong kỳ đánh giá' } });
        continue;
      }
      const self = score(leaf.max, strength, rand);
      // Appraisal sits a little below the claim (3–6 % on average in practice).
      const cut = rand() < 0.12 ? QUARTER * (rand() < 0.1 ? 2 : 1) : 0;
      const appraisal = Math.max(0, self - cut);
      if (leaf.scoredBy === 'survey') scores.push({ nodeId: leaf.id, survey: units(score(leaf.max, strength, rand)) });
      else if (leaf.scoredBy === 'appraiser') scores.push({ nodeId: leaf.id, appraisal: units(appraisal) });
      else if (leaf.id.startsWith('thuong') || leaf.id.startsWith('tru')) {
        if (rand() < 0.2) scores.push({ nodeId: leaf.id, self: units(self), appraisal: units(appraisal) });
      } else scores.push({ nodeId: leaf.id, self: units(self), appraisal: units(appraisal) });
    }
    all.push(scores);
  }
  return all;
}

export const scenario: Scenario = {
  name: 'core-national: 4 000 units × 150 leaves — aggregation, ranking, classification',
  async run(): Promise<Figure[]> {
    const rand = rng(20_251_001);
    const { fw, fields, criteria } = generateFramework(rand);
    const scoresByUnit = generateUnits(fw, rand);
    const leafCount = leavesOf(fw.nodes).length;
    const scoreCount = scoresByUnit.reduce((a, s) => a + s.length, 0);

    const timed = async () => {
      let tAggregate = 0;
      let tRank = 0;
      const cpu0 = process.cpuUsage();
      const m = await measure(() => {
        const t0 = performance.now();
        const compiled = compileFramework(fw);
        const results: CompiledAssessment[] = new Array<CompiledAssessment>(UNITS);
        for (let u = 0; u < UNITS; u++) results[u] = aggregateCompiled(compiled, scoresByUnit[u]!);
        const t1 = performance.now();
        const ranked = rankUnits(results.map((r, u) => ({ unitId: `xa-${String(u).padStart(4, '0')}`, index: r.finalIndex, points: r.finalPoints })));
        const classes = ranked.map((r) => classify(r.index, fw.bands)?.code ?? '-');
        tAggregate = t1 - t0;
        tRank = performance.now() - t1;
        return { results, ranked, classes };
      });
      const cpu = process.cpuUsage(cpu0);
      return { ...m, tAggregate, tRank, cpuMs: (cpu.user + cpu.system) / 1000 };
    };
    // The first run is the one that counts (cold: includes JIT warm-up); the second shows the
    // steady state. The machine is shared, so CPU time is printed beside wall time.
    const run = await timed();
    const warm = await timed();
    const { tAggregate, tRank } = run;
    const { results, ranked, classes } = run.result;
    const cmp = await measure(() =>
      compareFields(
        fw,
        results.map((result, u) => ({ unitId: `xa-${u}`, result })),
      ),
    );

    const errors = results.reduce((a, r) => a + r.errors.length, 0);
    const perClass = new Map<string, number>();
    for (const c of classes) perClass.set(c, (perClass.get(c) ?? 0) + 1);
    const gaps = cmp.result.map((f) => `${f.code ?? f.nodeId}: ${f.gap.average === null ? '–' : formatIndex(f.gap.average, 'en')}`);
    const top = ranked[0]!;
    const ties = ranked.filter((r) => r.tied).length;
    const rssAfter = process.memoryUsage().rss / 2 ** 20;
    return [
      { label: 'criteria set', value: `${fields} fields, ${criteria} criteria, ${leafCount} leaves (150 scored + bonus + penalty), max ${formatPoints(results[0]!.root.max, 'en')}` },
      { label: 'units / scores', value: `${UNITS} units, ${scoreCount} leaf scores, ${errors} rejected` },
      { label: 'wall time (compile + aggregate + rank + classify)', value: `${run.ms.toFixed(1)} ms`, target: '< 1000 ms', ok: run.ms < 1000 },
      { label: '  CPU time (user + system)', value: `${run.cpuMs.toFixed(1)} ms` },
      { label: '  of which aggregation', value: `${tAggregate.toFixed(1)} ms (${Math.round(UNITS / (tAggregate / 1000))} units/s)` },
      { label: '  of which ranking + classification', value: `${tRank.toFixed(1)} ms` },
      { label: 'warm re-run', value: `${warm.ms.toFixed(1)} ms wall, ${warm.cpuMs.toFixed(1)} ms CPU, aggregation ${warm.tAggregate.toFixed(1)} ms` },
      { label: 'throughput', value: `${Math.round(UNITS / (run.ms / 1000))} units/s` },
      { label: 'heap growth', value: `${run.heapMb.toFixed(1)} MB` },
      { label: 'RSS growth', value: `${run.rssMb.toFixed(1)} MB (RSS now ${rssAfter.toFixed(0)} MB)`, target: '< 1024 MB', ok: run.rssMb < 1024 && rssAfter < 1024 },
      { label: 'per-field comparison (apart)', value: `${cmp.ms.toFixed(1)} ms for ${cmp.result.length} top-level nodes` },
      { label: 'top unit', value: `${top.unitId}: ${formatIndex(top.index!, 'en')} %, rank ${top.rank}; ${ties} units share a rank` },
      { label: 'classes', value: [...perClass].sort().map(([k, v]) => `${k} ${v}`).join(', ') },
      { label: 'self − final index gap per field (avg, % points)', value: gaps.join('; ') },
    ];
  },
};
