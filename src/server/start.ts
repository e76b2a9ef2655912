// `chiso serve`: open the database, migrate, load the bundled criteria sets, seed an empty
// database, listen, and shut down cleanly on SIGINT/SIGTERM (finish requests, close the pool).
import { mkdirSync } from 'node:fs';
import type { Config } from '../config';
import { openDatabase, type DatabaseHandle } from '../db/connection';
import { migrateToLatest } from '../db/migrate';
import { describeSeed, seedOnFirstStart } from '../features/demo/seed';
import { buildApp, type BuiltApp } from './app';

export interface Prepared extends BuiltApp {
  handle: DatabaseHandle;
}

/** Everything up to (not including) listening; tests and benchmarks use it too. */
export async function prepare(config: Config, log: (line: string) => void = console.log): Promise<Prepared> {
  mkdirSync(config.filesDir, { recursive: true });
  const handle = openDatabase(config.database);
  try {
    const applied = await migrateToLatest(handle.db);
    if (applied.length > 0) log(`Đã cập nhật cấu trúc CSDL / migrated: ${applied.join(', ')}`);
    const built = await buildApp(config, handle);
    const sync = await built.services.frameworks.syncFromDirectory(config.frameworksDir);
    for (const p of sync.problems) log(`Bộ tiêu chí / criteria set ${p.file}: ${p.message}`);
    const outcome = await seedOnFirstStart(handle.db, handle.kind, config, built.services);
    const message = describeSeed(outcome);
    if (message) log(message);
    built.app.addHook('onClose', () => handle.close());
    return { ...built, handle };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

export async function serve(config: Config): Promise<Prepared> {
  const prepared = await prepare(config);
  const { app } = prepared;
  await app.listen({ port: config.port, host: config.host });
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  console.log(`Chỉ số đang chạy tại / running at http://${shown}:${config.port} (${prepared.handle.kind})`);
  let closing = false;
  const stop = (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: đang dừng / shutting down…`);
    // A stuck connection must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const prune = setInterval(() => void prepared.services.sessions.prune().catch(() => undefined), 3600_000);
  prune.unref();
  return prepared;
}
