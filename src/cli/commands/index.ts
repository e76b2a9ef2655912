import type { Command } from '../command';
import { serveCommand } from './serve';

// Every command module adds itself here, one line each.
export const commands: Command[] = [
  serveCommand,
];
