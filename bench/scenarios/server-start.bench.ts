// Cold start: `node bin/chiso.mjs serve` from process spawn to the first 200 of /api/health,
// on an empty data directory (migrate + demo seed) and again on the existing database.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure, Scenario } from '../scenario';

async function timeToFirstRequest(dataDir: string, port: number): Promise<number> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bin/chiso.mjs', 'serve'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CHISO_DATA_DIR: dataDir, CHISO_DEMO_PASSWORD: 'bench-password-1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status === 200) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    // Only wait for 'exit' if it has not happened yet, or the wait never ends.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }
}

export const scenario: Scenario = {
  name: 'server: cold start to first served request (SQLite)',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-start-'));
    try {
      const port = 39000 + Math.floor(Math.random() * 1000);
      const first = await timeToFirstRequest(dir, port);
      const second = await timeToFirstRequest(dir, port);
      return [
        { label: 'first start (migrate + demo seed)', value: `${first.toFixed(0)} ms`, target: '< 5000 ms', ok: first < 5000 },
        { label: 'restart on existing database', value: `${second.toFixed(0)} ms`, target: '< 3000 ms', ok: second < 3000 },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
