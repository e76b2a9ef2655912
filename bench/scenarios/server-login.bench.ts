// Login throughput over HTTP: bound by scrypt (N=16384, r=8), which runs on libuv's thread pool.
import type { Figure, Scenario } from '../scenario';
import { login, startServer } from './server-support';

export const scenario: Scenario = {
  name: 'server: login throughput (SQLite, 8 concurrent clients)',
  async run(): Promise<Figure[]> {
    const server = await startServer('sqlite');
    try {
      const total = 80;
      const users = ['noivu', 'bientap', 'lanhdao', 'thamdinh', 'chutich', 'xem', 'admin'];
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < total) {
            const i = next++;
            await login(server.url, users[i % users.length]!);
          }
        }),
      );
      const seconds = (performance.now() - t0) / 1000;
      const rate = total / seconds;
      return [{ label: 'logins per second', value: rate.toFixed(1), target: '> 10/s', ok: rate > 10 }];
    } finally {
      await server.close();
    }
  },
};
