import { describe, it, expect } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { frameworkJsonSchemaText } from '../../src/core/format/json-schema';

const FILE = 'docs/framework.schema.json';

describe('docs/framework.schema.json', () => {
  it('is the schema generated from src/core/format/schema.ts', () => {
    const generated = frameworkJsonSchemaText();
    // Regenerate after changing the schema: UPDATE_SCHEMA=1 npx vitest run --project unit test/frameworks
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8'), 'stale: run UPDATE_SCHEMA=1 npx vitest run --project unit test/frameworks').toBe(generated);
  });
});
