// Documents are read on worker threads (worker-pool.ts): real workers started through
// bin/import-worker.mjs with tsx, real documents (the fixtures and a generated 60-page PDF).
// A stuck worker is terminated at its budget, a worker out of its heap limit dies alone, and in both
// cases the next document is read by a new worker; the server answers other requests while a
// document is being read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../import/errors';
import { createTestApp, type TestApp } from '../../../test/support/app';
import { BIG_FRAMEWORK_PDF_WIDTHS, bigFramework } from '../../../test/fixtures/import/big-framework';
import { makePdf } from '../../../test/fixtures/import/make-documents';
import { uploadFile } from './test-upload';
import { ImportPool } from './worker-pool';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/import');
const F000 = readFileSync(join(FIXTURES, '000_3bb45e3d2fab2e34.txt'));
const MB = 2 ** 20;
const copy = (b: Uint8Array) => new Uint8Array(b);

/** ~40 MB of criteria lines: more than a worker limited to 256 MB can hold as text and rows. */
function hugeText(): Uint8Array {
  const line = 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn 1,5\n';
  return Buffer.from(line.repeat(Math.floor((40 * MB) / Buffer.byteLength(line))));
}

let bigPdf: Uint8Array;
beforeAll(async () => {
  bigPdf = await makePdf(bigFramework(), BIG_FRAMEWORK_PDF_WIDTHS);
});

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  throw new Error('expected the import to fail');
}

describe('import worker pool', () => {
  const pools: ImportPool[] = [];
  const pool = (options: Partial<ConstructorParameters<typeof ImportPool>[0]> = {}) => {
    const p = new ImportPool({ timeBudgetMs: 15_000, maxInputBytes: 50 * MB, size: 1, ...options });
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('reads a document on a worker, moving the bytes there and back instead of copying them', async () => {
    const p = pool();
    const bytes = copy(F000);
    const { result, bytes: back } = await p.run(bytes, '000.txt');
    expect(result.kind).toBe('report');
    expect(result.totals).toMatchObject({ max: 100, self: 93 });
    // Transferred: the caller's buffer is detached, the same content comes back.
    expect(bytes.byteLength).toBe(0);
    expect(Buffer.from(back).equals(F000)).toBe(true);
    // The worker is reused for the next document.
    await p.run(copy(F000), '000.txt');
    expect(p.stats()).toMatchObject({ started: 1, alive: 1, completed: 2, busy: 0 });
  });

  it('answers an ImportError from the worker as it is (bilingual), and keeps the worker', async () => {
    const p = pool();
    const error = await rejection(p.run(copy(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(600).fill(0)])), 'cu.xls'));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('encrypted');
    expect((error as ImportError).vi).toContain('mật khẩu');
    expect(p.stats()).toMatchObject({ started: 1, alive: 1 });
  });

  it('terminates a worker still reading at the end of its budget; the next document gets a new worker', async () => {
    const p = pool();
    await p.run(copy(F000), 'warm.txt');
    // 1 ms: the 60-page PDF is still being read when the budget ends.
    const error = await rejection(p.run(copy(bigPdf), 'lon.pdf', { timeBudgetMs: 1 }));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('timeout');
    expect((error as ImportError).vi).toContain('Tài liệu quá phức tạp, không đọc xong trong');
    expect((error as ImportError).en).toContain('too complex');
    expect(p.stats()).toMatchObject({ started: 1, alive: 0, busy: 0 });
    const { result } = await p.run(copy(bigPdf), 'lon.pdf');
    expect(result.kind).toBe('framework');
    expect(p.stats()).toMatchObject({ started: 2, alive: 1 });
  });

  it('a worker that runs out of memory fails only its own document; the next one is read', async () => {
    const p = pool({ memoryMb: 256 });
    const error = await rejection(p.run(hugeText(), 'rat-lon.txt'));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('out-of-memory');
    expect((error as ImportError).vi).toContain('256 MB');
    expect(p.stats()).toMatchObject({ started: 1, alive: 0 });
    const { result } = await p.run(copy(F000), '000.txt');
    expect(result.totals.self).toBe(93);
    expect(p.stats()).toMatchObject({ started: 2, alive: 1 });
  });

  it('refuses a file larger than a third of the heap limit before any worker reads it', async () => {
    const p = pool({ memoryMb: 96 });
    const error = await rejection(p.run(hugeText(), 'rat-lon.txt'));
    expect((error as ImportError).code).toBe('out-of-memory');
    expect((error as ImportError).vi).toContain('96 MB');
    expect(p.stats()).toMatchObject({ started: 0 });
  });

  it('refuses documents past the queue limit as busy, and what waits when it closes', async () => {
    const p = pool({ maxQueue: 1 });
    await p.run(copy(F000), 'warm.txt');
    const first = rejection(p.run(copy(bigPdf), 'a.pdf'));
    const second = rejection(p.run(copy(F000), 'b.txt'));
    const third = await rejection(p.run(copy(F000), 'c.txt'));
    expect(third).toMatchObject({ code: 'rate-limited' });
    await p.close();
    expect(await first).toMatchObject({ code: 'internal' });
    expect(await second).toMatchObject({ code: 'internal' });
    expect(p.stats()).toMatchObject({ alive: 0, queued: 0 });
  });
});

describe('imports on the server while a worker reads', () => {
  let t: TestApp & { dispose(): Promise<void> };
  beforeAll(async () => {
    t = await createTestApp('sqlite', { CHISO_IMPORT_WORKER_MB: '256' });
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers /api/health while a 60-page PDF is being read in the worker', async () => {
    const organiser = await t.login('noivu');
    const pool = t.services.imports.pool;
    let answered = false;
    const uploading = uploadFile(t, organiser, 'bo-tieu-chi.pdf', bigPdf).then((res) => {
      answered = true;
      return res;
    });
    // Health requests one after another until the upload is answered; each notes whether a
    // worker was reading the document when the health answer came. inject() settles in
    // microtasks, so each round also lets the event loop turn (as a socket would).
    let duringRead = 0;
    while (!answered) {
      const health = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(health.statusCode).toBe(200);
      if (!answered && pool.stats().busy === 1) duringRead++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const res = await uploading;
    expect(res.statusCode).toBe(201);
    expect(res.json<{ kind: string }>().kind).toBe('framework');
    expect(duringRead).toBeGreaterThan(0);
    expect(pool.stats().completed).toBe(1);
  });

  it('answers a document that exhausts the worker with a bilingual 400, then imports the next file', async () => {
    const organiser = await t.login('noivu');
    const res = await uploadFile(t, organiser, 'rat-lon.txt', hugeText());
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { field: string; message: { vi: string; en: string } } }>();
    expect(body.error.field).toBe('file');
    expect(body.error.message.vi).toMatch(/^rat-lon\.txt: Tài liệu cần quá nhiều bộ nhớ/);
    expect(body.error.message.en).toMatch(/^rat-lon\.txt: Reading the document needed too much memory/);
    const next = await uploadFile(t, organiser, '000.txt', F000);
    expect(next.statusCode).toBe(201);
    expect(next.json<{ totals: { self: number } }>().totals.self).toBe(93);
  });
});
