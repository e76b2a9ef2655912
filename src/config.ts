// Runtime configuration, read once from the environment and validated, so a typo in a
// deployment stops the start with a message naming the variable instead of failing later.
import { resolve } from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  CHISO_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres|postgresql):\/\/|^sqlite:|^file:|^:memory:$/, 'postgres://…, sqlite:PATH or :memory:')
    .optional(),
  CHISO_DEMO: bool.optional(),
  CHISO_DEMO_PASSWORD: z.string().min(8).optional(),
  CHISO_ADMIN_USERNAME: z.string().min(2).max(64).optional(),
  CHISO_ADMIN_PASSWORD: z.string().min(8).optional(),
  CHISO_MAX_UPLOAD_MB: z.coerce.number().positive().max(2048).default(50),
  CHISO_IMPORT_WORKER_MB: z.coerce.number().int().min(64).max(16384).default(512),
  CHISO_SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 365).default(12),
  CHISO_WEB_DIST: z.string().optional(),
  CHISO_FRAMEWORKS_DIR: z.string().optional(),
  CHISO_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'smtp://user:pass@host:587 or smtps://user:pass@host:465')
    .optional(),
  CHISO_MAIL_FROM: z.string().min(3).optional(),
  CHISO_PUBLIC_URL: z.string().url().optional(),
  CHISO_COOKIE_SECURE: bool.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  filesDir: string;
  database: DatabaseConfig;
  /** undefined = decide at start: demo on SQLite when the database is empty. */
  demo: boolean | undefined;
  demoPassword: string | undefined;
  adminUsername: string | undefined;
  adminPassword: string | undefined;
  maxUploadBytes: number;
  /** Heap limit (MB) of a thread reading an imported document; over it that import fails. */
  importWorkerMemoryMb: number;
  sessionTtlMs: number;
  webDist: string;
  frameworksDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  /** Outgoing e-mail; undefined = reminders are in-app only. */
  smtp: { url: string; from: string } | undefined;
  /** The address people open, used for links in e-mails (e.g. https://cchc.example.gov.vn). */
  publicUrl: string | undefined;
  /** Session cookie only over HTTPS: on when set, or when the public address is https://. */
  cookieSecure: boolean;
  /** Failed logins per username+IP before lock-out, and for how long. */
  lockout: { maxFailures: number; windowMs: number };
}

export class ConfigError extends Error {}

/** Reads the environment. Empty strings count as unset so `PORT= npm start` takes the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ / invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(root, e.CHISO_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    filesDir: resolve(dataDir, 'files'),
    database: databaseFromUrl(e.DATABASE_URL, dataDir),
    demo: e.CHISO_DEMO,
    demoPassword: e.CHISO_DEMO_PASSWORD,
    adminUsername: e.CHISO_ADMIN_USERNAME,
    adminPassword: e.CHISO_ADMIN_PASSWORD,
    maxUploadBytes: Math.round(e.CHISO_MAX_UPLOAD_MB * 1024 * 1024),
    importWorkerMemoryMb: e.CHISO_IMPORT_WORKER_MB,
    sessionTtlMs: Math.round(e.CHISO_SESSION_TTL_HOURS * 3600 * 1000),
    webDist: resolve(root, e.CHISO_WEB_DIST ?? 'web/dist'),
    frameworksDir: resolve(root, e.CHISO_FRAMEWORKS_DIR ?? 'frameworks'),
    logLevel: e.LOG_LEVEL,
    smtp: e.CHISO_SMTP_URL ? { url: e.CHISO_SMTP_URL, from: e.CHISO_MAIL_FROM ?? 'Chỉ số CCHC <no-reply@localhost>' } : undefined,
    publicUrl: e.CHISO_PUBLIC_URL?.replace(/\/+$/, ''),
    cookieSecure: e.CHISO_COOKIE_SECURE ?? (e.CHISO_PUBLIC_URL?.startsWith('https://') ?? false),
    lockout: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
  };
}

function databaseFromUrl(url: string | undefined, dataDir: string): DatabaseConfig {
  if (url === undefined) return { kind: 'sqlite', file: resolve(dataDir, 'chiso.db') };
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { kind: 'postgres', url };
  if (url === ':memory:') return { kind: 'sqlite', file: ':memory:' };
  return { kind: 'sqlite', file: resolve(url.replace(/^(sqlite|file):/, '')) };
}
