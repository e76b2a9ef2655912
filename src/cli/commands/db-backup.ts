import type { Command } from '../command';
import { backup } from '../../db/backup';
import { withDatabase } from '../database';

export const dbBackupCommand: Command = {
  path: ['db', 'backup'],
  summary: 'Back up the database to FILE (.jsonl.gz: logical, both databases; other names: SQLite copy) / Sao lưu',
  usage: 'db backup FILE',
  async run(args: string[]): Promise<number> {
    const file = args[0];
    if (!file) {
      console.error('usage: chiso db backup FILE');
      return 2;
    }
    return withDatabase(async (handle) => {
      const kind = await backup(handle, file);
      console.log(`Đã sao lưu vào / backed up to ${file} (${kind})`);
      return 0;
    });
  },
};
