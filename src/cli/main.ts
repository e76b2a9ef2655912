import { commands } from './commands/index';
import type { CommandEntry } from './command';
import { errorText } from './error-text';

function findCommand(argv: string[]): { entry: CommandEntry; rest: string[] } | undefined {
  // Longest matching word path wins, so `db migrate` beats a hypothetical `db`.
  const sorted = [...commands].sort((a, b) => b.path.length - a.path.length);
  for (const entry of sorted) {
    if (entry.path.every((word, i) => argv[i] === word)) {
      return { entry, rest: argv.slice(entry.path.length) };
    }
  }
  return undefined;
}

async function printHelp(): Promise<void> {
  const lines = ['chiso — Chỉ số cải cách hành chính / PAR Index', '', 'Commands / Lệnh:'];
  for (const entry of commands) {
    const c = await entry.load();
    lines.push(`  chiso ${c.usage}\n      ${c.summary}`);
  }
  console.log(lines.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    await printHelp();
    return 0;
  }
  const found = findCommand(argv);
  if (!found) {
    console.error(`Lệnh không tồn tại / unknown command: ${argv.join(' ')}\n`);
    await printHelp();
    return 2;
  }
  const command = await found.entry.load();
  return command.run(found.rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(errorText(error));
    process.exitCode = 1;
  },
);
