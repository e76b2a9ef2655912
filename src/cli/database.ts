import { loadConfig } from '../config';
import { openDatabase } from '../db/connection';
import type { DatabaseHandle } from '../db/connection';
import { migrateToLatest } from '../db/migrate';

/**
 * Runs one command's work on the configured database and closes it whatever happens. The
 * schema is brought up to date first (a fresh data directory works at once) unless the command
 * manages migrations itself. An error goes up to main, which prints its message and exits with 1.
 */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>, { migrate = true } = {}): Promise<T> {
  const handle = openDatabase(loadConfig().database);
  try {
    if (migrate) await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.close();
  }
}
