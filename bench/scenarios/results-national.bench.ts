// Results and rankings at national size: 4 000 units × 150 leaves stored in SQLite (a file),
// every unit finalised. Measured in the benchmark's process (through the real app over HTTP):
// the first computation from the item scores, the computation from stored unit snapshots, a
// cold request (cache emptied, nothing rebuilt), a cached one, the background rebuild after a
// change and the request after it; then in a fresh server process (`chiso serve`, nothing
// compiled or cached yet), its first request, the cold path a restart leaves. The ranking
// .xlsx for 120 units. Data loading is not measured. Deterministic (seeded).
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Framework, FrameworkNode } from '../../src/core/framework';
import { units as pts } from '../../src/core/points';
import { openDatabase } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../test/support/app';
import { measure, type Figure, type Scenario } from '../scenario';
import { spawnServer } from './child-server';

const UNITS = 4_000;
const FIELDS = 10;
const PER_FIELD = 15; // 150 leaves
const XLSX_UNITS = 120;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** 150 manual leaves: 100 × 0,75 + 50 × 0,5 = 100 points. */
function framework(): Framework {
  const nodes: FrameworkNode[] = [];
  let k = 0;
  for (let f = 1; f <= FIELDS; f++) {
    const children: FrameworkNode[] = [];
    for (let l = 1; l <= PER_FIELD; l++) {
      const max = pts(k++ % 3 === 2 ? 5_000 : 7_500);
      children.push({ id: `${f}.${l}`, code: `${f}.${l}`, name: `Tiêu chí ${f}.${l}`, max, children: [], rubric: { type: 'manual' } });
    }
    nodes.push({ id: String(f), code: String(f), name: `Lĩnh vực ${f}`, max: pts(children.reduce((a, c) => a + c.max, 0)), children });
  }
  const bands = [
    { code: 'A', label: { vi: 'Tốt', en: 'Good' }, minIndex: 9000 },
    { code: 'B', label: { vi: 'Khá', en: 'Fair' }, minIndex: 8000 },
    { code: 'C', label: { vi: 'Trung bình', en: 'Average' }, minIndex: 7000 },
  ];
  return { formatVersion: 1, id: 'bench-national', name: 'Bộ tiêu chí đo hiệu năng', unitType: 'department', year: 2027, version: '1', naPolicy: 'exclude', bands, nodes };
}

async function seed(file: string) {
  const handle = openDatabase({ kind: 'sqlite', file });
  await migrateToLatest(handle.db);
  const s = handle.sqlite!;
  const fw = framework();
  const leaves = fw.nodes.flatMap((n) => n.children);
  const now = new Date().toISOString();
  const random = rng(42);
  s.transaction(() => {
    s.prepare('INSERT INTO frameworks (id, framework_key, name, unit_type, year, version, content, leaf_count, max_points, source_file, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)').run(
      'bench-national@1', fw.id, fw.name, 'department', 2027, '1', JSON.stringify(fw), leaves.length, 1_000_000, null, now,
    );
    const period = s.prepare('INSERT INTO periods (id, name, kind, year, unit_type, framework_id, status, data_start, data_end, self_assessment_deadline, appraisal_start, appraisal_end, explanation_deadline, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)');
    period.run('p-big', 'Toàn quốc 2027', 'yearly', 2027, 'department', 'bench-national@1', 'closed', '2027-01-01', '2027-10-15', '2027-10-31', '2027-11-01', '2027-11-30', null, now, now);
    period.run('p-120', 'Một tỉnh 2027', 'yearly', 2027, 'department', 'bench-national@1', 'closed', '2027-01-01', '2027-10-15', '2027-10-31', '2027-11-01', '2027-11-30', null, now, now);
    const unit = s.prepare('INSERT INTO units (id, code, name, type, parent_id, active, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)');
    const pu = s.prepare('INSERT INTO period_units (period_id, unit_id) VALUES (?,?)');
    const as = s.prepare('INSERT INTO assessments (id, period_id, unit_id, status, created_at, updated_at, submitted_at, submitted_by, last_reminded_at) VALUES (?,?,?,?,?,?,?,?,?)');
    const item = s.prepare('INSERT INTO assessment_items (assessment_id, node_id, self_points, note, flagged, appraisal_points, version) VALUES (?,?,?,?,?,?,?)');
    const fin = s.prepare('INSERT INTO appraisal_finalisations (assessment_id, finalised, finalised_at, finalised_by, updated_at) VALUES (?,?,?,?,?)');
    for (let u = 0; u < UNITS; u++) {
      const id = `u${u}`;
      unit.run(id, `DV${String(u).padStart(4, '0')}`, `Đơn vị ${u + 1}`, 'department', null, 1, now, now);
      const periods = u < XLSX_UNITS ? ['p-big', 'p-120'] : ['p-big'];
      for (const p of periods) {
        pu.run(p, id);
        const aid = `${p}-${id}`;
        as.run(aid, p, id, 'submitted', now, now, now, null, null);
        for (const leaf of leaves) {
          const steps = leaf.max / 2_500;
          const self = Math.floor(random() * (steps + 1)) * 2_500;
          const appr = Math.max(0, self - (random() < 0.3 ? 2_500 : 0));
          item.run(aid, leaf.id, self, '', 0, appr, 1);
        }
        fin.run(aid, 1, now, null, now);
      }
    }
  })();
  return handle;
}

export const scenario: Scenario = {
  name: 'results-national',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-results-'));
    const file = join(dir, 'chiso.db');
    const handle = await seed(file);
    const config = testConfig({ CHISO_DEMO: '0', CHISO_ADMIN_USERNAME: 'quantri', CHISO_ADMIN_PASSWORD: 'mat-khau-bench-1' });
    const { app, services } = await buildApp(config, handle);
    try {
      await services.users.create(null, { username: 'noivu', displayName: 'Nội vụ', role: 'organiser', password: 'mat-khau-bench-1' });
      await app.listen({ port: 0, host: '127.0.0.1' });
      const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      const login = await fetch(`${url}/api/session/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'noivu', password: 'mat-khau-bench-1' }) });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const get = async (path: string) => {
        const res = await fetch(`${url}${path}`, { headers: { cookie } });
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return Buffer.from(await res.arrayBuffer());
      };
      const results = services.cycle.results;
      // First computation after finalising: every unit aggregated from its 150 item scores and
      // its snapshot stored. Then the memory cache is emptied: a cold request reads snapshots.
      const first = await measure(() => results.compute(handle.db, 'p-big'));
      results.invalidate('p-big');
      const computed = await measure(() => results.compute(handle.db, 'p-big'));
      results.invalidate('p-big');
      const cold = await measure(() => get('/api/periods/p-big/results'));
      const warm = await measure(() => get('/api/periods/p-big/results'));
      // A change (a finalisation, a survey import, publication): rebuilt in the background.
      results.changed('p-big');
      const rebuilt = await measure(() => results.settle());
      const afterChange = await measure(() => get('/api/periods/p-big/results'));
      const unit = await measure(() => get('/api/periods/p-big/results/units/u17'));
      const xlsx = await measure(() => get('/api/periods/p-120/results/ranking.xlsx'));
      const view = JSON.parse(cold.result.toString('utf8')) as { rows: { rank: number | null }[] };
      if (view.rows[0]?.rank !== 1) throw new Error('ranking missing');
      if (!afterChange.result.equals(cold.result)) throw new Error('the rebuilt ranking differs from the computed one');

      // A fresh server process on the same database: its first request compiles the code
      // paths and computes from the snapshots.
      const child = await spawnServer({ CHISO_DATA_DIR: config.dataDir, DATABASE_URL: `sqlite:${file}`, CHISO_DEMO: '0', CHISO_ADMIN_USERNAME: 'quantri', CHISO_ADMIN_PASSWORD: 'mat-khau-bench-1' });
      let fresh: { ms: number; result: Buffer };
      let freshAgain: { ms: number; result: Buffer };
      try {
        const childLogin = await fetch(`${child.url}/api/session/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'noivu', password: 'mat-khau-bench-1' }) });
        const childCookie = (childLogin.headers.get('set-cookie') ?? '').split(';')[0]!;
        const childGet = async (path: string) => {
          const res = await fetch(`${child.url}${path}`, { headers: { cookie: childCookie } });
          if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
          return Buffer.from(await res.arrayBuffer());
        };
        fresh = await measure(() => childGet('/api/periods/p-big/results'));
        freshAgain = await measure(() => childGet('/api/periods/p-big/results'));
      } finally {
        await child.close();
      }
      const load = `load average ${loadavg()[0]!.toFixed(2)}`;
      return [
        { label: `first computation from ${UNITS * FIELDS * PER_FIELD} item scores, storing ${UNITS} unit snapshots (once per finalisation)`, value: `${first.ms.toFixed(0)} ms` },
        { label: `results computed from the database (${UNITS} units × ${FIELDS * PER_FIELD} leaves, finalised: snapshots)`, value: `${computed.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: computed.ms < 1000 },
        { label: 'GET /api/periods/:id/results over HTTP, cold (cache emptied: computed, serialised, served)', value: `${cold.ms.toFixed(0)} ms, ${(cold.result.length / 2 ** 20).toFixed(1)} MB, ${view.rows.length} rows`, target: '< 1000 ms', ok: cold.ms < 1000 },
        { label: 'GET /api/periods/:id/results, warm (finalised results cached, JSON kept)', value: `${warm.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: warm.ms < 1000 },
        { label: 'background rebuild after a change (not in any request)', value: `${rebuilt.ms.toFixed(0)} ms` },
        { label: 'GET /api/periods/:id/results, first request after the change', value: `${afterChange.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: afterChange.ms < 1000 },
        { label: `GET /api/periods/:id/results, first request of a fresh server process (${load})`, value: `${fresh.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: fresh.ms < 1000 },
        { label: 'GET /api/periods/:id/results, second request of that process', value: `${freshAgain.ms.toFixed(0)} ms` },
        { label: 'GET /api/periods/:id/results/units/:unitId (every node)', value: `${unit.ms.toFixed(0)} ms` },
        { label: `GET ranking.xlsx for ${XLSX_UNITS} units`, value: `${xlsx.ms.toFixed(0)} ms, ${(xlsx.result.length / 1024).toFixed(0)} KB`, target: '< 3000 ms', ok: xlsx.ms < 3000 },
      ];
    } finally {
      await app.close();
      await handle.close();
      if (process.env.KEEP_BENCH_DB) console.log("kept", dir); else rmSync(dir, { recursive: true, force: true });
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  },
};
