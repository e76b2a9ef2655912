// Reads uploaded documents on worker threads so a long import (a 60-page PDF) never blocks the
// server's event loop: a small pool (started on first use, reused), one document per worker at
// a time, a hard time budget that terminates a stuck worker, a memory limit per worker, and a
// worker that dies (out of memory, a crash) costs only its own request: the next job gets a new
// worker. The file's bytes are transferred, not copied, to the worker and back.
//
// Node's heap limit for a worker (resourceLimits) is best effort: one allocation larger than
// the room left (decoding a big text file at once) can abort the whole process instead of the
// worker (nodejs/node#47224; seen here with a 40 MB text under a 96 MB limit). So a file larger
// than a third of the limit is refused before any worker reads it; the default limit (512 MB)
// is ten times the default upload limit.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImportError } from '../../import/errors';
import type { ImportLimits } from '../../import/limits';
import type { ImportResult } from '../../import/types';
import { AppError } from '../common/errors';
import type { ImportJob, ImportReply, WorkerBoot, WorkerReady } from './worker-protocol';

/**
 * Set by bin/compiled.mjs (esbuild `define`) in the bundled server: the loader script and the
 * bundled worker beside the CLI bundle. Undefined when the sources run under tsx or vitest.
 */
declare const CHISO_IMPORT_WORKER: { loader: string; entry: string } | undefined;

export interface ImportPoolOptions {
  /** Hard wall-clock budget of one document, from the moment a worker is given it. */
  timeBudgetMs: number;
  maxInputBytes: number;
  /** Workers at most; default 1 on two cores (one is left for requests), else 2. */
  size?: number;
  /** V8 old-generation limit of one worker (MB); over it the worker dies and the job fails. */
  memoryMb?: number;
  /** Documents waiting for a worker at most; more are refused as "busy". */
  maxQueue?: number;
}

export interface ImportPoolStats {
  /** Workers started so far (a terminated or crashed worker is replaced by a new one). */
  started: number;
  /** Workers alive now. */
  alive: number;
  /** Documents being read now. */
  busy: number;
  queued: number;
  /** Documents answered by a worker (result or ImportError). */
  completed: number;
}

export interface PooledImport {
  result: ImportResult;
  /** The file's bytes, moved back from the worker (the ones given to `run` are detached). */
  bytes: Uint8Array;
}

interface Pending {
  job: ImportJob;
  transfer: ArrayBuffer[];
  budgetMs: number;
  resolve(value: PooledImport): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Its modules are loaded (WorkerReady received): jobs go only to ready workers. */
  ready: boolean;
  current: Pending | null;
  /** The job's budget, or while starting the start-up limit. */
  timer: ReturnType<typeof setTimeout> | null;
}

export const DEFAULT_WORKER_MEMORY_MB = 512;
const DEFAULT_MAX_QUEUE = 16;
/** The in-worker step budget is only a backstop: the pool's timer decides, a bit earlier. */
const SOFT_BUDGET_GRACE_MS = 1000;
/** Loading the importer's modules takes well under a second; past this something is wrong. */
const STARTUP_MS = 60_000;
/** A file is read only when the worker's heap limit is at least this many times its size. */
const HEAP_PER_BYTE = 3;

export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.min(2, Math.max(1, cores - 1));
}

function boot(): { loader: URL; data: WorkerBoot } {
  if (typeof CHISO_IMPORT_WORKER !== 'undefined') {
    return { loader: new URL(CHISO_IMPORT_WORKER.loader), data: { entry: CHISO_IMPORT_WORKER.entry, tsx: false } };
  }
  return {
    loader: new URL('../../../bin/import-worker.mjs', import.meta.url),
    data: { entry: new URL('./import-worker.ts', import.meta.url).href, tsx: true },
  };
}

export function timeoutError(ms: number): ImportError {
  const s = Math.round(ms / 1000);
  return new ImportError('timeout', `Tài liệu quá phức tạp, không đọc xong trong ${s} giây`, `The document is too complex: it could not be read within ${s} s`);
}

function outOfMemory(memoryMb: number): ImportError {
  return new ImportError(
    'out-of-memory',
    `Tài liệu cần quá nhiều bộ nhớ để đọc (giới hạn ${memoryMb} MB): hãy chia tài liệu thành các tệp nhỏ hơn`,
    `Reading the document needed too much memory (limit ${memoryMb} MB): split it into smaller files`,
  );
}

function crashError(error: unknown, memoryMb: number): ImportError {
  if ((error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return outOfMemory(memoryMb);
  return new ImportError('crashed', 'Bộ đọc tài liệu gặp sự cố và đã dừng khi đọc tệp này; hãy thử lại hoặc báo quản trị viên', 'The document reader failed and stopped while reading this file; try again or tell the administrator');
}

function shuttingDown(): AppError {
  return new AppError('internal', { vi: 'Máy chủ đang dừng, hãy gửi lại tệp sau ít phút', en: 'The server is shutting down; send the file again in a few minutes' });
}

/** Moves the bytes' memory when it is theirs alone; a view into a shared pool is copied first. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const buffer = bytes.buffer;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return new Uint8Array(buffer);
  return new Uint8Array(bytes);
}

export class ImportPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private readonly size: number;
  private readonly memoryMb: number;
  private readonly maxQueue: number;
  private nextId = 1;
  private closed = false;
  private counts = { started: 0, completed: 0 };

  constructor(private readonly options: ImportPoolOptions) {
    this.size = options.size ?? defaultPoolSize();
    this.memoryMb = options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB;
    this.maxQueue = options.maxQueue ?? DEFAULT_MAX_QUEUE;
  }

  /**
   * Reads one document on a worker. `bytes` is moved there (detached here when it owns its
   * memory): use the returned `bytes` afterwards. Rejects with an ImportError for a document
   * that cannot be read (including timeout and out-of-memory), an AppError when busy or closed.
   * `timeBudgetMs` overrides the pool's budget for this document.
   */
  run(bytes: Uint8Array, fileName: string, options: { timeBudgetMs?: number } = {}): Promise<PooledImport> {
    if (this.closed) return Promise.reject(shuttingDown());
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(
        new AppError('rate-limited', { vi: 'Máy chủ đang bận đọc nhiều tài liệu khác, hãy thử lại sau ít phút', en: 'The server is busy reading other documents; try again in a few minutes' }, 'file'),
      );
    }
    // Reading needs several times the file's size (text decoded to UTF-16, rows, cells).
    if (bytes.byteLength * HEAP_PER_BYTE > this.memoryMb * 2 ** 20) return Promise.reject(outOfMemory(this.memoryMb));
    const own = ownBuffer(bytes);
    const budgetMs = options.timeBudgetMs ?? this.options.timeBudgetMs;
    const limits: Partial<ImportLimits> = { maxInputBytes: this.options.maxInputBytes, timeBudgetMs: budgetMs + SOFT_BUDGET_GRACE_MS };
    return new Promise<PooledImport>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, fileName, bytes: own, limits }, transfer: [own.buffer], budgetMs, resolve, reject });
      this.dispatch();
    });
  }

  stats(): ImportPoolStats {
    let busy = 0;
    for (const s of this.slots) if (s.current) busy++;
    return { started: this.counts.started, alive: this.slots.size, busy, queued: this.queue.length, completed: this.counts.completed };
  }

  /** Refuses what is queued or being read and stops every worker (the server is closing). */
  async close(): Promise<void> {
    this.closed = true;
    const waiting = [...this.queue.splice(0), ...[...this.slots].flatMap((s) => (s.current ? [s.current] : []))];
    const stopping = [...this.slots].map((s) => {
      this.release(s);
      return s.worker.terminate();
    });
    this.slots.clear();
    for (const p of waiting) p.reject(shuttingDown());
    await Promise.all(stopping);
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && s.current === null);
      if (!slot) {
        const starting = [...this.slots].filter((s) => !s.ready).length;
        if (this.slots.size < this.size && starting < this.queue.length) this.spawn();
        return;
      }
      const pending = this.queue.shift()!;
      slot.current = pending;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timeout(slot), pending.budgetMs);
      slot.worker.postMessage(pending.job, pending.transfer);
    }
  }

  private spawn(): void {
    const { loader, data } = boot();
    const worker = new Worker(loader, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
      // The worker's console goes to the server's own output.
      stdout: false,
      stderr: false,
    });
    const slot: Slot = { worker, ready: false, current: null, timer: null };
    slot.timer = setTimeout(() => {
      void worker.terminate();
      this.lose(slot, crashError(null, this.memoryMb), new Error(`import worker did not start within ${STARTUP_MS} ms`));
    }, STARTUP_MS);
    this.counts.started++;
    this.slots.add(slot);
    worker.on('message', (message: ImportReply | WorkerReady) => {
      if ('ready' in message) {
        this.release(slot);
        slot.ready = true;
        this.dispatch();
      } else {
        this.answer(slot, message);
      }
    });
    // 'error' is an uncaught exception or ERR_WORKER_OUT_OF_MEMORY; 'exit' follows it.
    worker.on('error', (error) => this.lose(slot, crashError(error, this.memoryMb), error));
    worker.on('exit', (code) => this.lose(slot, crashError(null, this.memoryMb), new Error(`import worker exited with code ${code}`)));
  }

  private answer(slot: Slot, reply: ImportReply): void {
    const pending = slot.current;
    if (!pending || pending.job.id !== reply.id) return;
    this.release(slot);
    this.counts.completed++;
    if (reply.ok) pending.resolve({ result: reply.result, bytes: reply.bytes });
    else if ('error' in reply) pending.reject(new ImportError(reply.error.code, reply.error.vi, reply.error.en));
    else pending.reject(new Error(`import worker: ${reply.failure}`));
    this.dispatch();
  }

  /** The budget is spent: the worker may be stuck in synchronous code, so it is terminated. */
  private timeout(slot: Slot): void {
    const pending = slot.current;
    if (!pending) return;
    this.drop(slot);
    void slot.worker.terminate();
    pending.reject(timeoutError(pending.budgetMs));
    this.dispatch();
  }

  /**
   * The worker died (or never started): its job fails and the pool forgets it. A worker that
   * dies before it is ready fails what waits too, rather than being restarted in a loop; the
   * next document tries a new worker.
   */
  private lose(slot: Slot, error: ImportError, cause: Error): void {
    if (!this.slots.has(slot)) return;
    const pending = slot.current;
    this.drop(slot);
    if (pending) {
      console.error(`import worker failed on ${pending.job.fileName}:`, cause);
      pending.reject(error);
    } else if (!slot.ready) {
      console.error('import worker failed to start:', cause);
      if (![...this.slots].some((s) => s.ready)) for (const p of this.queue.splice(0)) p.reject(error);
    }
    this.dispatch();
  }

  private drop(slot: Slot): void {
    this.release(slot);
    this.slots.delete(slot);
  }

  private release(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
    // An idle worker does not keep the process alive (a test run, a CLI command can end).
    slot.worker.unref();
  }
}
