// Messages between the server and an import worker thread (worker-pool.ts ⇄ import-worker.ts).
// The file's bytes travel as a transferred ArrayBuffer both ways: moved to the worker for
// reading and moved back with the result for storing, never copied.
import type { ImportErrorCode } from '../../import/errors';
import type { ImportLimits } from '../../import/limits';
import type { ImportResult } from '../../import/types';

export interface ImportJob {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  limits: Partial<ImportLimits>;
}

export type ImportReply =
  | { id: number; ok: true; result: ImportResult; bytes: Uint8Array }
  /** The document cannot be imported (an ImportError in the worker): a message for the user. */
  | { id: number; ok: false; error: { code: ImportErrorCode; vi: string; en: string } }
  /** A bug in the importer: logged by the server and answered as an internal error. */
  | { id: number; ok: false; failure: string };

/** Sent once by a worker when its modules are loaded: only then does a job's time start. */
export interface WorkerReady {
  ready: true;
}

/** What bin/import-worker.mjs needs to start the thread: the entry to import, through tsx or not. */
export interface WorkerBoot {
  entry: string;
  tsx: boolean;
}
