import { z } from 'zod';
import { frameworkFileSchema } from './schema';

/**
 * The JSON Schema of the criteria-set file, generated from the zod schema so the two never
 * drift apart. docs/framework.schema.json is this object; a test fails when it is stale
 * (regenerate with `UPDATE_SCHEMA=1 npx vitest run --project unit test/frameworks`).
 * The schema describes what a file may contain (`io: 'input'`); arithmetic rules (sums, bands)
 * are the validator's and do not appear here.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(frameworkFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://chiso.example/schemas/framework-v1.json',
    title: 'Chỉ số criteria set (bộ tiêu chí), formatVersion 1',
    description: 'A PAR Index criteria set as YAML or JSON. See docs/FRAMEWORK_FORMAT.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

export function frameworkJsonSchemaText(): string {
  return `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`;
}
