import type { Command } from '../command';
import { restore } from '../../db/backup';
import { withDatabase } from '../database';

export const dbRestoreCommand: Command = {
  path: ['db', 'restore'],
  summary: 'Replace ALL data with the backup in FILE (stop the server first) / Khôi phục từ bản sao lưu',
  usage: 'db restore FILE',
  async run(args: string[]): Promise<number> {
    const file = args[0];
    if (!file) {
      console.error('usage: chiso db restore FILE');
      return 2;
    }
    return withDatabase(async (handle) => {
      const counts = await restore(handle, file);
      console.log(`Đã khôi phục / restored: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
      return 0;
    });
  },
};
