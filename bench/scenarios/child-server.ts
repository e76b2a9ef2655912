// The server under test as a separate process (`node bin/chiso.mjs serve`), so the benchmark's
// own clients (JSON encoding, fetch, timers) do not share the server's event loop or CPU and
// are not counted as server latency. Memory is read from the child's /proc/<pid>/status.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface ChildServer {
  url: string;
  pid: number;
  /** CPU time (user + system) the server process has used so far, in ms. */
  cpuMs(): number;
  /** Resident set size of the server process in bytes (VmRSS), or NaN off Linux. */
  rss(): number;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** User + system CPU time of a process from /proc/<pid>/stat, in ms (NaN off Linux). */
export function cpuMsOf(pid: number): number {
  try {
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return NaN;
  }
}

/**
 * Starts `chiso serve` with `env` (CHISO_DATA_DIR, DATABASE_URL, …) and waits for /api/health.
 * CHISO_BENCH_CPU_PROF=DIR in the benchmark's environment writes a V8 CPU profile of the server.
 */
export async function spawnServer(env: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const root = join(import.meta.dirname, '..', '..');
  const profDir = process.env.CHISO_BENCH_CPU_PROF;
  const args = [...(profDir ? ['--cpu-prof', '--cpu-prof-dir', profDir] : []), join(root, 'bin', 'chiso.mjs'), 'serve'];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      if (Date.now() > deadline) throw new Error('server did not answer /api/health within 120 s');
      try {
        if ((await fetch(`${url}/api/health`)).status === 200) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { url, pid: child.pid!, rss: () => rssOf(child.pid!), cpuMs: () => cpuMsOf(child.pid!), close };
}
