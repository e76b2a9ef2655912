import type { Command } from '../command';
import { importCommand } from './import';
import { serveCommand } from './serve';
import { dbMigrateCommand } from './db-migrate';
import { dbBackupCommand } from './db-backup';
import { dbRestoreCommand } from './db-restore';
import { userCreateCommand } from './user-create';
import { frameworkValidateCommand } from './framework-validate';
import { frameworkShowCommand } from './framework-show';

// Every command module adds itself here, one line each.
export const commands: Command[] = [
  importCommand,
  serveCommand,
  dbMigrateCommand,
  dbBackupCommand,
  dbRestoreCommand,
  userCreateCommand,
  frameworkValidateCommand,
  frameworkShowCommand,
];
