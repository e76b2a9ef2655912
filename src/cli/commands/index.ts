import type { CommandEntry } from '../command';

// Every command adds one entry here: the words that select it and a loader. Modules load
// only when their command runs (or for `chiso help`), so `chiso framework validate` does not
// pay for the web server, the database drivers or the document libraries.
export const commands: CommandEntry[] = [
  { path: ['import'], load: async () => (await import('./import')).importCommand },
  { path: ['serve'], load: async () => (await import('./serve')).serveCommand },
  { path: ['db', 'migrate'], load: async () => (await import('./db-migrate')).dbMigrateCommand },
  { path: ['db', 'backup'], load: async () => (await import('./db-backup')).dbBackupCommand },
  { path: ['db', 'restore'], load: async () => (await import('./db-restore')).dbRestoreCommand },
  { path: ['user', 'create'], load: async () => (await import('./user-create')).userCreateCommand },
  { path: ['framework', 'validate'], load: async () => (await import('./framework-validate')).frameworkValidateCommand },
  { path: ['framework', 'show'], load: async () => (await import('./framework-show')).frameworkShowCommand },
];
