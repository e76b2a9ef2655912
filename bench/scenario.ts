/** A benchmark scenario under bench/scenarios/NAME.bench.ts exports `scenario`. */
export interface Figure {
  label: string;
  value: string;
  target?: string;
  ok?: boolean;
}

export interface Scenario {
  name: string;
  run(): Promise<Figure[]>;
}

/** Wall time and heap/RSS growth of one call. */
export async function measure<T>(fn: () => T | Promise<T>): Promise<{ result: T; ms: number; rssMb: number; heapMb: number }> {
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const result = await fn();
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  return { result, ms, rssMb: (mem.rss - rss0) / 2 ** 20, heapMb: (mem.heapUsed - heap0) / 2 ** 20 };
}
