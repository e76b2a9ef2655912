// The body of an import worker thread (started by worker-pool.ts through bin/import-worker.mjs):
// reads one document at a time with importDocument and answers the result, moving the file's
// bytes back so the server can store them without a copy.
// First import on purpose: it records the engine's built-ins before pdfjs replaces them (in a
// bundle the loader records them even earlier), so recognition runs on the fast native ones.
import { restoreNativeBuiltins } from '../../server/native-builtins';
import { parentPort } from 'node:worker_threads';
import { ImportError } from '../../import/errors';
import { importDocument } from '../../import/index';
import type { ImportJob, ImportReply, WorkerReady } from './worker-protocol';

restoreNativeBuiltins();

async function handle(job: ImportJob): Promise<{ reply: ImportReply; transfer: ArrayBuffer[] }> {
  try {
    const result = await importDocument(job.bytes, job.fileName, { limits: job.limits });
    restoreNativeBuiltins();
    const buffer = job.bytes.buffer;
    // A converter never detaches the caller's buffer (pdfjs gets a copy); if one ever did, the
    // server gets an answer without bytes and reports it instead of storing an empty file.
    const transfer = buffer instanceof ArrayBuffer && buffer.byteLength > 0 ? [buffer] : [];
    return { reply: { id: job.id, ok: true, result, bytes: job.bytes }, transfer };
  } catch (error) {
    restoreNativeBuiltins();
    if (error instanceof ImportError) return { reply: { id: job.id, ok: false, error: { code: error.code, vi: error.vi, en: error.en } }, transfer: [] };
    const failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { reply: { id: job.id, ok: false, failure }, transfer: [] };
  }
}

if (!parentPort) throw new Error('import-worker.ts runs only as a worker thread (see worker-pool.ts)');
const port = parentPort;
port.on('message', (job: ImportJob) => {
  void handle(job).then(({ reply, transfer }) => port.postMessage(reply, transfer));
});
port.postMessage({ ready: true } satisfies WorkerReady);
