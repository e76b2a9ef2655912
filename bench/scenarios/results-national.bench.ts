// Results and rankings at national size: 4 000 units × 150 leaves stored in SQLite (a file),
// every unit finalised. Measured in the benchmark's process (through the real app over HTTP):
// the first computation from the item scores, the computation from stored unit snapshots, a
// cold request (cache emptied, nothing rebuilt), a cached one, the background rebuild after a
// change and the request after it; then in a fresh server process (`chiso serve`, nothing
// compiled or cached yet), its first request, the cold path a restart leaves. The ranking
// .xlsx for 120 units. Data loading is not measured. Deterministic (seeded).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Framework, FrameworkNode } from '../../src/core/framework';
import { units as pts } from '../../src/core/points';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection';
import { migrateToLatest } from '../../src/db/migrate';
import type { DatabaseKind } from '../../src/db/types';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../test/support/app';
import { measure, type Figure, type Scenario } from '../scenario';
import { spawnServer } from './child-server';
import { rng } from './seeded-random';

const UNITS = 4_000;
const FIELDS = 10;
const PER_FIELD = 15; // 150 leaves
const XLSX_UNITS = 120;
/** PostgreSQL variant: a schema made for the run in this database and dropped after it. */
const PG_URL = process.env.CHISO_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

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

/** Every row of the national data set, in insertion order (table name → column values). */
function* rows(): Generator<[string, unknown[]]> {
  const fw = framework();
  const leaves = fw.nodes.flatMap((n) => n.children);
  const now = new Date().toISOString();
  const random = rng(42);
  yield ['frameworks', ['bench-national@1', fw.id, fw.name, 'department', 2027, '1', JSON.stringify(fw), leaves.length, 1_000_000, null, now]];
  yield ['periods', ['p-big', 'Toàn quốc 2027', 'yearly', 2027, 'department', 'bench-national@1', 'closed', '2027-01-01', '2027-10-15', '2027-10-31', '2027-11-01', '2027-11-30', null, now, now]];
  yield ['periods', ['p-120', 'Một tỉnh 2027', 'yearly', 2027, 'department', 'bench-national@1', 'closed', '2027-01-01', '2027-10-15', '2027-10-31', '2027-11-01', '2027-11-30', null, now, now]];
  for (let u = 0; u < UNITS; u++) {
    const id = `u${u}`;
    yield ['units', [id, `DV${String(u).padStart(4, '0')}`, `Đơn vị ${u + 1}`, 'department', null, 1, now, now]];
    for (const p of u < XLSX_UNITS ? ['p-big', 'p-120'] : ['p-big']) {
      yield ['period_units', [p, id]];
      const aid = `${p}-${id}`;
      yield ['assessments', [aid, p, id, 'submitted', now, now, now, null, null]];
      for (const leaf of leaves) {
        const steps = leaf.max / 2_500;
        const self = Math.floor(random() * (steps + 1)) * 2_500;
        const appr = Math.max(0, self - (random() < 0.3 ? 2_500 : 0));
        yield ['assessment_items', [aid, leaf.id, self, '', 0, appr, 1]];
      }
      yield ['appraisal_finalisations', [aid, 1, now, null, now]];
    }
  }
}

const COLUMNS: Record<string, string[]> = {
  frameworks: ['id', 'framework_key', 'name', 'unit_type', 'year', 'version', 'content', 'leaf_count', 'max_points', 'source_file', 'created_at'],
  periods: ['id', 'name', 'kind', 'year', 'unit_type', 'framework_id', 'status', 'data_start', 'data_end', 'self_assessment_deadline', 'appraisal_start', 'appraisal_end', 'explanation_deadline', 'created_at', 'updated_at'],
  units: ['id', 'code', 'name', 'type', 'parent_id', 'active', 'created_at', 'updated_at'],
  period_units: ['period_id', 'unit_id'],
  assessments: ['id', 'period_id', 'unit_id', 'status', 'created_at', 'updated_at', 'submitted_at', 'submitted_by', 'last_reminded_at'],
  assessment_items: ['assessment_id', 'node_id', 'self_points', 'note', 'flagged', 'appraisal_points', 'version'],
  appraisal_finalisations: ['assessment_id', 'finalised', 'finalised_at', 'finalised_by', 'updated_at'],
};

async function seedSqlite(file: string): Promise<DatabaseHandle> {
  const handle = openDatabase({ kind: 'sqlite', file });
  await migrateToLatest(handle.db);
  const s = handle.sqlite!;
  const statements = new Map(Object.entries(COLUMNS).map(([t, cols]) => [t, s.prepare(`INSERT INTO ${t} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(',')})`)]));
  s.transaction(() => {
    for (const [table, values] of rows()) statements.get(table)!.run(...values);
  })();
  return handle;
}

/** Multi-row inserts of up to 1 000 rows, flushed in dependency order (parents first). */
async function seedPostgres(schema: string): Promise<DatabaseHandle> {
  const handle = openDatabase({ kind: 'postgres', url: PG_URL }, { schema, max: 4 });
  await migrateToLatest(handle.db);
  const client = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    const order = Object.keys(COLUMNS);
    const pending = new Map<string, unknown[][]>(order.map((t) => [t, []]));
    const flush = async (upTo: string) => {
      for (const t of order) {
        const list = pending.get(t)!;
        if (list.length > 0) {
          const cols = COLUMNS[t]!;
          const values = list.map((_, r) => `(${cols.map((__, c) => `$${r * cols.length + c + 1}`).join(',')})`).join(',');
          await client.query(`INSERT INTO ${t} (${cols.join(', ')}) VALUES ${values}`, list.flat());
          pending.set(t, []);
        }
        if (t === upTo) break;
      }
    };
    await client.query('BEGIN');
    for (const [table, values] of rows()) {
      pending.get(table)!.push(values);
      if (pending.get(table)!.length >= 1000) await flush(table);
    }
    await flush(order[order.length - 1]!);
    await client.query('COMMIT');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
  return handle;
}

/** The scenario on one database: SQLite in a file (default), or a throwaway PostgreSQL schema. */
export function nationalScenario(kind: DatabaseKind): Scenario {
  return {
    name: kind === 'sqlite' ? 'results-national' : 'results-national (PostgreSQL)',
    async run() {
      const schema = `bench_results_${randomBytes(4).toString('hex')}`;
      if (kind === 'sqlite') return runNational(kind, schema);
      const admin = async (statement: string) => {
        const c = new pg.Client({ connectionString: PG_URL });
        await c.connect();
        try {
          await c.query(statement);
        } finally {
          await c.end();
        }
      };
      await admin(`CREATE SCHEMA ${schema}`);
      try {
        return await runNational(kind, schema);
      } finally {
        await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      }
    },
  };
}

export const scenario = nationalScenario('sqlite');

async function runNational(kind: DatabaseKind, schema: string): Promise<Figure[]> {
  {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-bench-results-'));
    const file = join(dir, 'chiso.db');
    const t0 = performance.now();
    const handle = kind === 'sqlite' ? await seedSqlite(file) : await seedPostgres(schema);
    const seedMs = performance.now() - t0;
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

      // Provisional results (appraisal under way): every unit reopened, so all 600 000 item
      // scores count. Computed in full once, then cached; a save re-reads only its unit.
      await handle.db.updateTable('appraisal_finalisations').set({ finalised: 0 }).execute();
      const provisional = await measure(() => get('/api/periods/p-big/results'));
      const provisionalCached = await measure(() => get('/api/periods/p-big/results'));
      results.invalidate('p-big');
      const provisionalFull = await measure(() => results.compute(handle.db, 'p-big'));
      await handle.db.updateTable('assessment_items').set({ appraisal_points: 0 }).where('assessment_id', '=', 'p-big-u17').where('node_id', '=', '1.1').execute();
      const provisionalSaved = await measure(() => get('/api/periods/p-big/results'));
      if (JSON.parse(provisional.result.toString('utf8')).provisional !== true) throw new Error('not provisional');
      if (provisionalSaved.result.equals(provisionalCached.result)) throw new Error('the save is not in the results');

      // A fresh server process on the same database (SQLite only: the server takes no schema):
      // its first request compiles the code paths and computes from the snapshots.
      let fresh: { ms: number; result: Buffer } | undefined;
      let freshAgain: { ms: number; result: Buffer } | undefined;
      if (kind === 'sqlite') {
        await handle.db.updateTable('appraisal_finalisations').set({ finalised: 1 }).execute();
        const child = await spawnServer({ CHISO_DATA_DIR: config.dataDir, DATABASE_URL: `sqlite:${file}`, CHISO_DEMO: '0', CHISO_ADMIN_USERNAME: 'quantri', CHISO_ADMIN_PASSWORD: 'mat-khau-bench-1' });
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
      }
      const load = `load average ${loadavg()[0]!.toFixed(2)}`;
      const figures: Figure[] = [
        { label: `data loaded (${kind}, not part of any figure)`, value: `${(seedMs / 1000).toFixed(1)} s` },
        { label: `first computation from ${UNITS * FIELDS * PER_FIELD} item scores, storing ${UNITS} unit snapshots (once per finalisation)`, value: `${first.ms.toFixed(0)} ms` },
        { label: `results computed from the database (${UNITS} units × ${FIELDS * PER_FIELD} leaves, finalised: snapshots)`, value: `${computed.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: computed.ms < 1000 },
        { label: 'GET /api/periods/:id/results over HTTP, cold (cache emptied: computed, serialised, served)', value: `${cold.ms.toFixed(0)} ms, ${(cold.result.length / 2 ** 20).toFixed(1)} MB, ${view.rows.length} rows`, target: '< 1000 ms', ok: cold.ms < 1000 },
        { label: 'GET /api/periods/:id/results, warm (finalised results cached, JSON kept)', value: `${warm.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: warm.ms < 1000 },
        { label: 'background rebuild after a change (not in any request)', value: `${rebuilt.ms.toFixed(0)} ms` },
        { label: 'GET /api/periods/:id/results, first request after the change', value: `${afterChange.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: afterChange.ms < 1000 },
        { label: 'GET /api/periods/:id/results/units/:unitId (every node)', value: `${unit.ms.toFixed(0)} ms` },
        { label: `GET ranking.xlsx for ${XLSX_UNITS} units`, value: `${xlsx.ms.toFixed(0)} ms, ${(xlsx.result.length / 1024).toFixed(0)} KB`, target: '< 3000 ms', ok: xlsx.ms < 3000 },
        { label: `provisional (no unit finalised): GET results, first (all ${UNITS * FIELDS * PER_FIELD} item scores, serialised, served)`, value: `${provisional.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: provisional.ms < 1000 },
        { label: 'provisional: GET results again (cached while the change counters stand)', value: `${provisionalCached.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: provisionalCached.ms < 1000 },
        { label: `provisional: full computation from the item scores (cache emptied; ${load})`, value: `${provisionalFull.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: provisionalFull.ms < 1000 },
        { label: 'provisional: GET results after one appraisal save (that unit re-read)', value: `${provisionalSaved.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: provisionalSaved.ms < 1000 },
      ];
      if (fresh && freshAgain) {
        figures.push(
          { label: `GET /api/periods/:id/results, first request of a fresh server process (${load})`, value: `${fresh.ms.toFixed(0)} ms`, target: '< 1000 ms', ok: fresh.ms < 1000 },
          { label: 'GET /api/periods/:id/results, second request of that process', value: `${freshAgain.ms.toFixed(0)} ms` },
        );
      }
      return figures;
    } finally {
      await app.close();
      await handle.close();
      if (process.env.KEEP_BENCH_DB) console.log('kept', dir);
      else rmSync(dir, { recursive: true, force: true });
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  }
}
