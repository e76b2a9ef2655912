// 200 editors saving self-assessment answers to one server over real HTTP on loopback, on SQLite
// and on PostgreSQL. The server is `chiso serve` in a child process; this process only plays
// the browsers (over node:http with kept-alive sockets, lighter than fetch), so client CPU is
// not counted as server latency.
//
// Workload, stated in the output too:
//  1. Realistic (the target): 200 editors, each logged in with an account and session of their
//     own, spread over the 15 department units, each working on their own share of their unit's
//     150 items. An editor saves, then pauses 0.5–1.5 s (mean 1 s: the form's autosave debounce
//     plus a person's typing), for a fixed duration. That is ~1 save per editor per second, far
//     more than real people produce, so the p95 is a pessimistic figure.
//     It follows 5 s of the same workload that warm the server up and are not measured.
//  2. Saturation (printed, no target): the same 200 sessions saving back-to-back with no pause
//     (closed loop), for the maximum throughput the server reaches and the latency it then has.
// Afterwards an exact count proves no save was lost or duplicated: accepted saves = Σ item
// versions = history rows. A stale write (409) would be retried with the stored version.
import { cpus, loadavg } from 'node:os';
import type { DatabaseKind } from '../../src/db/types';
import type { Figure, Scenario } from '../scenario';
import { login, percentile } from './server-support';
import { spawnAssessmentServer } from './assessment-support';
import { closeClient, requestJson } from './http-client';

const EDITORS = 200;
const WARMUP_SECONDS = 5;
const REALISTIC_SECONDS = 30;
const SATURATION_SECONDS = 10;
const THINK_MS: [number, number] = [500, 1500];

/** An answer of the shape the leaf expects, plus an explanation. */
function answer(expected: string, nodeId: string, i: number): Record<string, unknown> {
  const note = `Giải trình lần ${i} cho ${nodeId}`;
  switch (expected) {
    case 'yes-no':
      return { input: { type: 'yes-no', value: i % 2 === 0 }, note };
    case 'ratio':
      return { input: { type: 'ratio', numerator: i % 21, denominator: 20 }, note };
    case 'level':
      return { input: { type: 'level', level: ['a', 'b', 'c'][i % 3] }, note };
    default:
      return { input: { type: 'manual', points: '0.75' }, note };
  }
}

interface Editor {
  cookie: string;
  csrf: string;
  assessmentId: string;
  /** This editor's own items. */
  nodes: string[];
  next: number;
}

interface Tally {
  latencies: number[];
  /** CPU used meanwhile by the server process and by this (client) process, in ms. */
  serverCpuMs: number;
  clientCpuMs: number;
  accepted: number;
  conflicts: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function summarize(kind: DatabaseKind, phase: string, t: Tally, seconds: number, target: boolean): Figure[] {
  const l = [...t.latencies].sort((a, b) => a - b);
  const p95 = percentile(l, 95);
  return [
    { label: `${kind} ${phase}: p50 / p99 / max`, value: `${percentile(l, 50).toFixed(1)} / ${percentile(l, 99).toFixed(1)} / ${l[l.length - 1]?.toFixed(1)} ms` },
    target
      ? { label: `${kind} ${phase}: p95`, value: `${p95.toFixed(1)} ms`, target: '< 100 ms', ok: p95 < 100 }
      : { label: `${kind} ${phase}: p95`, value: `${p95.toFixed(1)} ms` },
    { label: `${kind} ${phase}: throughput`, value: `${(l.length / seconds).toFixed(0)} saves/s (${t.accepted} saved in ${seconds.toFixed(1)} s, ${t.conflicts} stale writes answered 409 and retried)` },
    {
      label: `${kind} ${phase}: CPU per save`,
      value: `server ${(t.serverCpuMs / l.length).toFixed(2)} ms (${((100 * t.serverCpuMs) / (seconds * 1000)).toFixed(0)}% of a core), clients ${(t.clientCpuMs / l.length).toFixed(2)} ms; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
    },
  ];
}

async function run(kind: DatabaseKind): Promise<Figure[]> {
  const bench = await spawnAssessmentServer(kind, {}, EDITORS);
  const url = bench.server.url;
  try {
    const expected = new Map<string, string>();
    const editors: Editor[] = [];
    // Log in 8 at a time (scrypt per login), then open each editor's form once as a browser does.
    const perUnit = new Map<string, number>();
    for (const e of bench.editors) perUnit.set(e.unitId, (perUnit.get(e.unitId) ?? 0) + 1);
    const seenOnUnit = new Map<string, number>();
    const slots = bench.editors.map((e) => {
      const k = seenOnUnit.get(e.unitId) ?? 0;
      seenOnUnit.set(e.unitId, k + 1);
      return { ...e, k, of: perUnit.get(e.unitId)! };
    });
    for (let i = 0; i < slots.length; i += 8) {
      const batch = await Promise.all(
        slots.slice(i, i + 8).map(async (e) => {
          const s = await login(url, e.username);
          const res = await fetch(`${url}/api/periods/${bench.periodId}/units/${e.unitId}/assessment`, { headers: { cookie: s.cookie } });
          const view = (await res.json()) as { assessment: { id: string }; items: { nodeId: string }[]; framework: { nodes: { id: string; leaf: { expectedInput: string } | null }[] } };
          for (const n of view.framework.nodes) if (n.leaf) expected.set(n.id, n.leaf.expectedInput);
          const nodes = view.items.map((x) => x.nodeId).filter((_, j) => j % e.of === e.k);
          return { cookie: s.cookie, csrf: s.csrf, assessmentId: view.assessment.id, nodes, next: 0 };
        }),
      );
      editors.push(...batch);
    }
    const versions = new Map<string, number>();

    /** One save, retried on 409 with the stored version; returns after it is stored. */
    const save = async (e: Editor, t: Tally) => {
      const nodeId = e.nodes[e.next % e.nodes.length]!;
      const i = e.next++;
      const key = `${e.assessmentId}/${nodeId}`;
      for (let attempt = 0; attempt < 20; attempt++) {
        const t0 = performance.now();
        const res = await requestJson<{ version?: number; error?: { details?: { theirs?: { version: number } } } }>(
          `${url}/api/assessments/${e.assessmentId}/items/${nodeId}`,
          'PUT',
          { cookie: e.cookie, 'x-csrf-token': e.csrf },
          { baseVersion: versions.get(key) ?? 0, ...answer(expected.get(nodeId) ?? 'manual', nodeId, i) },
        );
        const body = res.body;
        t.latencies.push(performance.now() - t0);
        if (res.status === 200) {
          t.accepted++;
          versions.set(key, body.version!);
          return;
        }
        if (res.status !== 409) throw new Error(`status ${res.status} ${JSON.stringify(body)}`);
        t.conflicts++;
        versions.set(key, body.error!.details!.theirs!.version);
      }
      throw new Error(`${key}: 20 conflicts in a row`);
    };

    const phase = async (seconds: number, think: boolean): Promise<{ tally: Tally; seconds: number }> => {
      const tally: Tally = { latencies: [], accepted: 0, conflicts: 0, serverCpuMs: 0, clientCpuMs: 0 };
      const server0 = bench.server.cpuMs();
      const client0 = process.cpuUsage();
      const t0 = performance.now();
      const end = t0 + seconds * 1000;
      await Promise.all(
        editors.map(async (e) => {
          // People do not all press a key in the same millisecond: spread the first saves.
          if (think) await sleep(Math.random() * THINK_MS[1]);
          while (performance.now() < end) {
            await save(e, tally);
            if (think) await sleep(THINK_MS[0] + Math.random() * (THINK_MS[1] - THINK_MS[0]));
          }
        }),
      );
      tally.serverCpuMs = bench.server.cpuMs() - server0;
      const client = process.cpuUsage(client0);
      tally.clientCpuMs = (client.user + client.system) / 1000;
      return { tally, seconds: (performance.now() - t0) / 1000 };
    };

    // A server in use is warm: the first seconds after start (JIT compilation of the save path)
    // are run but not counted. They are stored and counted in the final check all the same.
    const warm = await phase(WARMUP_SECONDS, true);
    const realistic = await phase(REALISTIC_SECONDS, true);
    const saturated = await phase(SATURATION_SECONDS, false);

    const db = bench.database.db;
    const sumVersions = Number((await db.selectFrom('assessment_items').select((eb) => eb.fn.sum<string | number>('version').as('v')).executeTakeFirst())?.v ?? 0);
    const historyRows = Number((await db.selectFrom('assessment_item_history').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
    const accepted = warm.tally.accepted + realistic.tally.accepted + saturated.tally.accepted;
    const exact = sumVersions === accepted && historyRows === accepted;
    return [
      ...summarize(kind, `realistic (${EDITORS} editors, own session and items, ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s pause after each save, ${REALISTIC_SECONDS} s after ${WARMUP_SECONDS} s warm-up)`, realistic.tally, realistic.seconds, true),
      ...summarize(kind, `saturation (${EDITORS} editors, no pause, ${SATURATION_SECONDS} s)`, saturated.tally, saturated.seconds, false),
      { label: `${kind}: saves stored`, value: `${accepted} accepted = Σ versions ${sumVersions} = history rows ${historyRows}`, target: 'equal: none lost or duplicated', ok: exact },
    ];
  } finally {
    closeClient();
    await bench.close();
  }
}

export const scenario: Scenario = {
  name: 'assessment: 200 editors saving items (PUT …/items/:nodeId) to `chiso serve` in a child process, SQLite and PostgreSQL',
  async run(): Promise<Figure[]> {
    const only = process.env.CHISO_BENCH_DB as DatabaseKind | undefined;
    const kinds: DatabaseKind[] = only ? [only] : ['sqlite', 'postgres'];
    const out: Figure[] = [];
    for (const k of kinds) out.push(...(await run(k)));
    return out;
  },
};
