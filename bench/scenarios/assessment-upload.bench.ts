// A 100 MB evidence upload streamed over real HTTP on loopback to `chiso serve` running as a
// child process. The server must hash and write it chunk by chunk, so ITS resident memory
// (VmRSS of the child, sampled from /proc every 10 ms by this process) must grow by far less
// than the file. The client streams the body from a file on disk.
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Figure, Scenario } from '../scenario';
import { login } from './server-support';
import { spawnAssessmentServer } from './assessment-support';

const SIZE = 100 * 1024 * 1024;

async function makePdf(path: string): Promise<void> {
  const fh = await open(path, 'w');
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + 7) & 0xff;
  await fh.write(Buffer.from('%PDF-1.7\n'));
  for (let written = 9; written < SIZE; written += chunk.length) {
    chunk.writeUInt32LE(written, 0); // every megabyte differs
    await fh.write(chunk, 0, Math.min(chunk.length, SIZE - written));
  }
  await fh.close();
}

export const scenario: Scenario = {
  name: 'assessment: 100 MB evidence upload to `chiso serve` in a child process, server memory growth (SQLite)',
  async run(): Promise<Figure[]> {
    const dir = mkdtempSync(join(tmpdir(), 'chiso-upload-'));
    const file = join(dir, 'big.pdf');
    await makePdf(file);
    const bench = await spawnAssessmentServer('sqlite', { CHISO_MAX_UPLOAD_MB: '200' });
    const { server } = bench;
    try {
      const editor = bench.editors[0]!;
      const s = await login(server.url, editor.username);
      const view = (await (await fetch(`${server.url}/api/periods/${bench.periodId}/units/${editor.unitId}/assessment`, { headers: { cookie: s.cookie } })).json()) as { assessment: { id: string } };
      const boundary = '----chisoBenchBoundary';
      const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
      const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
      async function* body(): AsyncGenerator<Buffer> {
        yield head;
        for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) yield chunk as Buffer;
        yield tail;
      }
      // Settle first: the server has just answered a login and a form; let its heap go quiet.
      await new Promise((r) => setTimeout(r, 1000));
      const rss0 = server.rss();
      let peak = rss0;
      const timer = setInterval(() => {
        peak = Math.max(peak, server.rss());
      }, 10);
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/assessments/${view.assessment.id}/evidence`, {
        method: 'POST',
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + statSync(file).size + tail.length) },
        body: Readable.toWeb(Readable.from(body())) as ReadableStream<Uint8Array>,
        duplex: 'half',
      } as RequestInit & { duplex: 'half' });
      const json = (await res.json()) as { size?: number; sha256?: string };
      const ms = performance.now() - t0;
      clearInterval(timer);
      peak = Math.max(peak, server.rss());
      const growth = (peak - rss0) / 2 ** 20;
      const stored = res.status === 201 && json.size === SIZE;
      return [
        { label: 'upload 100 MB: status, stored size', value: `${res.status}, ${json.size ?? '-'} bytes`, target: `201, ${SIZE}`, ok: stored },
        { label: 'upload 100 MB: time', value: `${ms.toFixed(0)} ms (${(SIZE / 2 ** 20 / (ms / 1000)).toFixed(0)} MB/s)` },
        { label: 'upload 100 MB: server process peak RSS growth (VmRSS of the child, every 10 ms)', value: `${growth.toFixed(1)} MB (from ${(rss0 / 2 ** 20).toFixed(0)} MB)`, target: '< 50 MB', ok: growth < 50 },
      ];
    } finally {
      await bench.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
