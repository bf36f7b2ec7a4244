// Shared file loading for the command-line tools: scenarios by id or path, plans by path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Plan, parsePlan, parseScenarioText, type Scenario } from '../src/sim';

export function scenarioPath(idOrPath: string): string {
  if (idOrPath.endsWith('.json')) return idOrPath;
  return join('scenarios', `${idOrPath}.json`);
}

export function loadScenario(idOrPath: string): Scenario {
  const path = scenarioPath(idOrPath);
  if (!existsSync(path)) throw new Error(`no scenario "${idOrPath}" (looked for ${path})`);
  return parseScenarioText(readFileSync(path, 'utf8'), path);
}

export function loadPlan(path: string, scenario: Scenario): Plan {
  if (!existsSync(path)) throw new Error(`no plan file ${path}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path} is not valid JSON: ${(e as Error).message}`);
  }
  return parsePlan(json, scenario);
}

export const PLANS_DIR = join('scenarios', 'plans');

/** The reference plan files, scenarios/plans/*.json, in name order. */
export function referencePlanFiles(): string[] {
  return readdirSync(PLANS_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(PLANS_DIR, name));
}
