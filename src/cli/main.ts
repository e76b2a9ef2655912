import { commands } from './commands/index';
import type { Command } from './command';

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  // Longest matching word path wins, so `db migrate` beats a hypothetical `db`.
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const command of sorted) {
    if (command.path.every((word, i) => argv[i] === word)) {
      return { command, rest: argv.slice(command.path.length) };
    }
  }
  return undefined;
}

function printHelp(): void {
  const lines = ['chiso — Chỉ số cải cách hành chính / PAR Index', '', 'Commands / Lệnh:'];
  for (const c of commands) lines.push(`  chiso ${c.usage}\n      ${c.summary}`);
  console.log(lines.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    printHelp();
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    console.error(`Lệnh không tồn tại / unknown command: ${argv.join(' ')}\n`);
    printHelp();
    return 2;
  }
  return found.command.run(found.rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
