import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, scenarioHash } from '../../src/sim';
import {
  SCENARIO_SCHEMA_FILE,
  scenarioJsonSchema,
  scenarioJsonSchemaText,
} from '../../tools/scenario-json-schema';

type Schema = Record<string, unknown>;

// The keywords z.toJSONSchema emits for our schema. An unknown one fails the check below, so a new kind
// of rule in the zod schema cannot slip past this little validator unchecked.
const KNOWN = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'minItems',
  'maxItems',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'anyOf',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** A minimal JSON Schema check for the keywords above; returns the paths that fail. */
function check(schema: Schema, value: unknown, path = '$'): string[] {
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) return [`${path}: unknown keyword ${key}`];
  const errors: string[] = [];
  if (schema.anyOf) {
    const ok = (schema.anyOf as Schema[]).some((s) => check(s, value, path).length === 0);
    return ok ? [] : [`${path}: matches no anyOf branch`];
  }
  const t = typeOf(value);
  if (schema.type && !(schema.type === t || (schema.type === 'number' && t === 'integer')))
    return [`${path}: expected ${schema.type}, got ${t}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern as string).test(value)) errors.push(`${path}: pattern`);
    if (schema.minLength !== undefined && value.length < (schema.minLength as number))
      errors.push(`${path}: too short`);
    if (schema.maxLength !== undefined && value.length > (schema.maxLength as number))
      errors.push(`${path}: too long`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) errors.push(`${path}: < minimum`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) errors.push(`${path}: > maximum`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < (schema.minItems as number))
      errors.push(`${path}: too few items`);
    if (schema.maxItems !== undefined && value.length > (schema.maxItems as number))
      errors.push(`${path}: too many items`);
    if (schema.items)
      value.forEach((v, i) => errors.push(...check(schema.items as Schema, v, `${path}[${i}]`)));
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[])
      if (!(r in obj)) errors.push(`${path}.${r}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...check(props[k], v, `${path}.${k}`));
      else if (schema.propertyNames)
        errors.push(...check(schema.propertyNames as Schema, k, `${path}.${k} (name)`));
      if (!props[k]) {
        const extra = schema.additionalProperties;
        if (extra === false) errors.push(`${path}.${k}: not allowed`);
        else if (extra && typeof extra === 'object')
          errors.push(...check(extra as Schema, v, `${path}.${k}`));
      }
    }
  }
  return errors;
}

describe('scenario JSON Schema', () => {
  const committed = readFileSync(SCENARIO_SCHEMA_FILE, 'utf8');
  const schema = scenarioJsonSchema();
  const scenarioJson = JSON.parse(readFileSync('scenarios/default.json', 'utf8'));

  it('is committed exactly as the generator writes it (run `npm run schema` after changing the zod schema)', () => {
    expect(committed).toBe(scenarioJsonSchemaText());
  });

  it('names itself and its draft', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^urn:/);
    expect(schema.title).toBeTypeOf('string');
  });

  it('accepts the default scenario', () => {
    expect(check(schema, scenarioJson)).toEqual([]);
  });

  it('rejects what the zod schema rejects', () => {
    const broken = structuredClone(scenarioJson);
    broken.turns = 'twelve';
    broken.start.trust = 150;
    broken.objectives[0].id = 'Not An Id';
    broken.surprise = true;
    expect(check(schema, broken)).toEqual([
      '$.turns: expected integer, got string',
      '$.start.trust: > maximum',
      '$.objectives[0].id: pattern',
      '$.surprise: not allowed',
    ]);
    expect(() => parseScenario(broken)).toThrow();
  });

  it('accepts a "$schema" key for editors, which the loader and the content hash ignore', () => {
    const withKey = { $schema: './scenario.schema.json', ...scenarioJson };
    expect(check(schema, withKey)).toEqual([]);
    const parsed = parseScenario(withKey);
    expect(parsed).not.toHaveProperty('$schema');
    expect(scenarioHash(parsed)).toBe(scenarioHash(parseScenario(scenarioJson)));
  });

  it('accepts the fields that present a scenario to a trainer, and checks them', () => {
    const presented = {
      ...scenarioJson,
      pitch: { en: 'A short case.', fr: 'Un cas court.' },
      level: 'introductory',
      minutes: 45,
    };
    expect(check(schema, presented)).toEqual([]);
    expect(parseScenario(presented).level).toBe('introductory');
    const wrong = { ...presented, level: 'expert', pitch: { en: 'x'.repeat(161), fr: 'y' } };
    expect(check(schema, wrong)).toEqual(['$.pitch.en: too long', '$.level: not in enum']);
    expect(() => parseScenario(wrong)).toThrow(/\$\.pitch\.en: .*\n.*\$\.level: /);
  });
});
