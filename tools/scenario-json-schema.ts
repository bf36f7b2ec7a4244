// The scenario file's JSON Schema, generated from the zod schema that validates scenarios on load, so
// editors can check and complete scenario files. `npm run schema` writes it; a unit test fails when the
// committed file is stale.

import { scenarioSchema } from '../src/sim';
import { z } from '../src/sim/zod';

export const SCENARIO_SCHEMA_FILE = 'scenarios/scenario.schema.json';

export function scenarioJsonSchema(): Record<string, unknown> {
  // The file as an author writes it (io: 'input'): a field with a default is optional, not required.
  const generated = z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  // $schema first, then who we are, then the generated body.
  return {
    $schema,
    $id: 'urn:social-journey:scenario',
    title: 'Social Journey scenario',
    description:
      'A scenario file for Social Journey: the brand, the decisions and their options, the organisational ' +
      'moves, the KPIs, the phases and their gates, the events and the tuning of the model. Generated from ' +
      'src/sim/scenario-schema.ts by `npm run schema`; do not edit by hand. The loader also checks ' +
      'what a schema cannot express (ids that must exist, duplicate ids, requirement cycles, costs no ' +
      'budget can pay, unreachable gates): run `npm run scenario:check -- FILE` (docs/authoring.md).',
    ...rest,
  };
}

/** The file's exact text: two-space JSON and a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
