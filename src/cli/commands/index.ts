import type { Command } from '../command';

// Every command module adds itself here, one line each.
export const commands: Command[] = [];
