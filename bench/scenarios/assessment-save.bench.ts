// 200 concurrent editors saving answers to one server over real HTTP on loopback (SQLite and
// PostgreSQL): latency of PUT /api/assessments/:id/items/:nodeId, throughput, and a final count
// proving that every accepted save is stored exactly once (Σ item versions = history rows =
// accepted saves) while stale writes were refused with 409 and retried.
import type { DatabaseKind } from '../../src/db/types';
import type { Figure, Scenario } from '../scenario';
import { login, percentile } from './server-support';
import { startAssessmentServer } from './assessment-support';

const CLIENTS = 200;
const SAVES_PER_CLIENT = 15;

/** An answer of the shape the leaf expects, plus an explanation. */
function answer(expected: string, nodeId: string, i: number): Record<string, unknown> {
  const note = `Giải trình lần ${i} cho ${nodeId}`;
  switch (expected) {
    case 'yes-no':
      return { input: { type: 'yes-no', value: i % 2 === 0 }, note };
    case 'ratio':
      return { input: { type: 'ratio', numerator: i, denominator: 20 }, note };
    case 'level':
      return { input: { type: 'level', level: ['a', 'b', 'c'][i % 3] }, note };
    default:
      return { input: { type: 'manual', points: '0.75' }, note };
  }
}

async function run(kind: DatabaseKind): Promise<Figure[]> {
  const server = await startAssessmentServer(kind);
  try {
    const sessions = await Promise.all(server.editors.map(async (e) => ({ ...e, ...(await login(server.url, e.username)) })));
    const assessments = new Map<string, { id: string; leaves: string[] }>();
    const expected = new Map<string, string>();
    for (const s of sessions) {
      const res = await fetch(`${server.url}/api/periods/${server.periodId}/units/${s.unitId}/assessment`, { headers: { cookie: s.cookie } });
      const view = (await res.json()) as { assessment: { id: string }; items: { nodeId: string }[]; framework: { nodes: { id: string; leaf: { expectedInput: string } | null }[] } };
      for (const n of view.framework.nodes) if (n.leaf) expected.set(n.id, n.leaf.expectedInput);
      assessments.set(s.unitId, { id: view.assessment.id, leaves: view.items.map((i) => i.nodeId) });
    }
    const latencies: number[] = [];
    let accepted = 0;
    let conflicts = 0;
    const versions = new Map<string, number>();
    const client = async (c: number) => {
      const s = sessions[c % sessions.length]!;
      const a = assessments.get(s.unitId)!;
      for (let i = 0; i < SAVES_PER_CLIENT; i++) {
        const nodeId = a.leaves[(c * 7 + i * 13) % a.leaves.length]!;
        const key = `${a.id}/${nodeId}`;
        for (let attempt = 0; attempt < 20; attempt++) {
          const t = performance.now();
          const res = await fetch(`${server.url}/api/assessments/${a.id}/items/${nodeId}`, {
            method: 'PUT',
            headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
            body: JSON.stringify({ baseVersion: versions.get(key) ?? 0, ...answer(expected.get(nodeId) ?? 'manual', nodeId, i) }),
          });
          const body = (await res.json()) as { version?: number; error?: { details?: { theirs?: { version: number } } } };
          latencies.push(performance.now() - t);
          if (res.status === 200) {
            accepted++;
            versions.set(key, Math.max(versions.get(key) ?? 0, body.version!));
            break;
          }
          if (res.status !== 409) throw new Error(`status ${res.status} ${JSON.stringify(body)}`);
          conflicts++;
          versions.set(key, body.error!.details!.theirs!.version);
        }
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    const seconds = (performance.now() - t0) / 1000;
    const db = server.database.db;
    const sumVersions = Number((await db.selectFrom('assessment_items').select((eb) => eb.fn.sum<string | number>('version').as('v')).executeTakeFirst())?.v ?? 0);
    const historyRows = Number((await db.selectFrom('assessment_item_history').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst())?.n ?? 0);
    latencies.sort((x, y) => x - y);
    const p95 = percentile(latencies, 95);
    const exact = sumVersions === accepted && historyRows === accepted && accepted === CLIENTS * SAVES_PER_CLIENT;
    return [
      { label: `${kind}: p50`, value: `${percentile(latencies, 50).toFixed(1)} ms` },
      { label: `${kind}: p95 (${CLIENTS} concurrent editors)`, value: `${p95.toFixed(1)} ms`, target: '< 100 ms', ok: p95 < 100 },
      { label: `${kind}: throughput`, value: `${(latencies.length / seconds).toFixed(0)} req/s (${conflicts} stale writes answered 409 and retried)` },
      { label: `${kind}: saves stored`, value: `${accepted} accepted = Σ versions ${sumVersions} = history ${historyRows}`, target: `${CLIENTS * SAVES_PER_CLIENT}, none lost or duplicated`, ok: exact },
    ];
  } finally {
    await server.close();
  }
}

export const scenario: Scenario = {
  name: 'assessment: 200 concurrent editors saving items (PUT …/items/:nodeId) on SQLite and PostgreSQL',
  async run(): Promise<Figure[]> {
    return [...(await run('sqlite')), ...(await run('postgres'))];
  },
};
