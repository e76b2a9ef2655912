// `npm run bench`: runs every scenario in bench/scenarios (or only those whose file name
// contains one of the arguments) and prints its figures. Nothing here is asserted in tests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Scenario } from './scenario';

const dir = join(import.meta.dirname, 'scenarios');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { scenario: Scenario };
  const { scenario } = mod;
  console.log(`\n## ${scenario.name}`);
  const figures = await scenario.run();
  for (const f of figures) {
    const target = f.target === undefined ? '' : `  (target ${f.target})`;
    const verdict = f.ok === undefined ? '' : f.ok ? '  ✓' : '  ✗ OVER TARGET';
    console.log(`  ${f.label}: ${f.value}${target}${verdict}`);
  }
}
