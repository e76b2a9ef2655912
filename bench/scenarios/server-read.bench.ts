// p95 latency of an authenticated read (GET /api/units, 25 units) with 100 concurrent clients
// over real HTTP on loopback, on SQLite and on PostgreSQL, against `chiso serve` in a child
// process (clients over node:http keep-alive in this process).
import type { DatabaseKind } from '../../src/db/types';
import type { Figure, Scenario } from '../scenario';
import { closeClient, requestJson } from './http-client';
import { login, percentile, startServer } from './server-support';

async function measureReads(kind: DatabaseKind): Promise<Figure[]> {
  const server = await startServer(kind);
  try {
    const session = await login(server.url, 'noivu');
    const clients = 100;
    const perClient = 30;
    const latencies: number[] = [];
    const get = async () => {
      const t = performance.now();
      const res = await requestJson<unknown>(`${server.url}/api/units`, 'GET', { cookie: session.cookie });
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      return performance.now() - t;
    };
    await Promise.all(Array.from({ length: 20 }, get)); // warm up
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        for (let i = 0; i < perClient; i++) latencies.push(await get());
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const p95 = percentile(latencies, 95);
    return [
      { label: `${kind}: p50`, value: `${percentile(latencies, 50).toFixed(1)} ms` },
      { label: `${kind}: p95`, value: `${p95.toFixed(1)} ms`, target: '< 200 ms', ok: p95 < 200 },
      { label: `${kind}: throughput`, value: `${(latencies.length / seconds).toFixed(0)} req/s` },
    ];
  } finally {
    closeClient();
    await server.close();
  }
}

export const scenario: Scenario = {
  name: 'server: authenticated read, 100 concurrent clients (GET /api/units)',
  async run(): Promise<Figure[]> {
    return [...(await measureReads('sqlite')), ...(await measureReads('postgres'))];
  },
};
