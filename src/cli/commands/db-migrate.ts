import type { Command } from '../command';
import { loadConfig } from '../../config';
import { openDatabase } from '../../db/connection';
import { migrateDown, migrateToLatest } from '../../db/migrate';

export const dbMigrateCommand: Command = {
  path: ['db', 'migrate'],
  summary: 'Apply migrations (or revert the newest with --down) / Cập nhật cấu trúc CSDL',
  usage: 'db migrate [--down]',
  async run(args: string[]): Promise<number> {
    const down = args.includes('--down');
    const handle = openDatabase(loadConfig().database);
    try {
      const done = down ? await migrateDown(handle.db) : await migrateToLatest(handle.db);
      console.log(done.length > 0 ? done.join('\n') : 'Không có gì để làm / nothing to do');
      return 0;
    } finally {
      await handle.close();
    }
  },
};
