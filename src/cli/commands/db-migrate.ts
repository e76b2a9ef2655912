import type { Command } from '../command';
import { migrateDown, migrateToLatest } from '../../db/migrate';
import { withDatabase } from '../database';

export const dbMigrateCommand: Command = {
  path: ['db', 'migrate'],
  summary: 'Apply migrations (or revert the newest with --down) / Cập nhật cấu trúc CSDL',
  usage: 'db migrate [--down]',
  async run(args: string[]): Promise<number> {
    const down = args.includes('--down');
    return withDatabase(
      async ({ db }) => {
        const done = down ? await migrateDown(db) : await migrateToLatest(db);
        console.log(done.length > 0 ? done.join('\n') : 'Không có gì để làm / nothing to do');
        return 0;
      },
      { migrate: false },
    );
  },
};
