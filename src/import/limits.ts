import { ImportError } from './errors';

/** Bounds that keep one import from eating the server: size in, size after unzip, and time. */
export interface ImportLimits {
  maxInputBytes: number;
  maxUncompressedBytes: number;
  /** A zip entry inflating more than this many times its compressed size is refused. */
  maxCompressionRatio: number;
  maxZipEntries: number;
  timeBudgetMs: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxInputBytes: 50 * 2 ** 20,
  maxUncompressedBytes: 200 * 2 ** 20,
  maxCompressionRatio: 200,
  maxZipEntries: 5000,
  timeBudgetMs: 20_000,
};

/** A deadline checked between steps (converters are synchronous in parts, so no timer can stop them). */
export class Budget {
  private readonly deadline: number;
  constructor(readonly ms: number) {
    this.deadline = Date.now() + ms;
  }
  check(): void {
    if (Date.now() >= this.deadline) {
      throw new ImportError(
        'timeout',
        `Quá thời gian cho phép để đọc tệp (${Math.round(this.ms / 1000)} giây)`,
        `Reading the file took longer than allowed (${Math.round(this.ms / 1000)} s)`,
      );
    }
  }
  /** Races a promise against the remaining time. */
  async race<T>(p: Promise<T>): Promise<T> {
    const left = this.deadline - Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        try {
          this.check();
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      }, Math.max(0, left) + 1);
    });
    try {
      return await Promise.race([p, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
