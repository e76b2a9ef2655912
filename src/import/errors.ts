import type { Bilingual } from '../core/text';

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'corrupt'
  | 'encrypted'
  | 'zip-bomb'
  | 'unsupported'
  | 'binary'
  | 'timeout'
  /** The reading thread ran out of its memory limit (src/features/imports/worker-pool.ts). */
  | 'out-of-memory'
  /** The reading thread died for another reason. */
  | 'crashed'
  | 'no-table';

/** Why a file cannot be imported. Nothing is half-imported: the import throws this or returns a whole result. */
export class ImportError extends Error implements Bilingual {
  constructor(
    readonly code: ImportErrorCode,
    readonly vi: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'ImportError';
  }
}

export function importError(code: ImportErrorCode, vi: string, en: string): ImportError {
  return new ImportError(code, vi, en);
}
