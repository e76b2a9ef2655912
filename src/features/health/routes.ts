import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, DatabaseKind } from '../../db/types';
import { health } from '../../shared/api/common';
import { route } from '../common/http';

export function healthRoutes(app: FastifyInstance, db: Kysely<Database>, kind: DatabaseKind, version: string): void {
  route(
    app,
    { method: 'GET', url: '/api/health', summary: 'Liveness and database kind', tag: 'health', auth: 'public', response: health },
    async () => {
      // A real round trip: "ok" means the database answers, not only that the process is up.
      await sql`select 1`.execute(db);
      return { status: 'ok' as const, version, database: kind };
    },
  );
}
