import type { Command } from '../command';
import { ConfigError, loadConfig } from '../../config';
import { SeedError } from '../../features/demo/seed';
import { serve } from '../../server/start';

export const serveCommand: Command = {
  path: ['serve'],
  summary: 'Start the web app and API (PORT, DATABASE_URL… from the environment) / Chạy ứng dụng',
  usage: 'serve',
  async run(): Promise<number> {
    try {
      await serve(loadConfig());
      // Keep running: the listening server holds the event loop open.
      return await new Promise<number>(() => undefined);
    } catch (error) {
      if (error instanceof ConfigError || error instanceof SeedError) {
        console.error(error.message);
        return 2;
      }
      throw error;
    }
  },
};
