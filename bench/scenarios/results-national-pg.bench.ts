// results-national on PostgreSQL (127.0.0.1:5432, database `test`, or CHISO_BENCH_DATABASE_URL):
// the same data in a schema made for the run and dropped after it.
import { nationalScenario } from './results-national.bench';

export const scenario = nationalScenario('postgres');
