// Shared fixtures for the analysis tests: the default scenario and its reference plans.
import { readFileSync } from 'node:fs';
import { referencePlans } from '../../src/analysis/reference-plans';
import { type Plan, parseScenarioText, type Scenario } from '../../src/sim';

export const scenario: Scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

export function plan(id: string): Plan {
  const found = referencePlans(scenario).find((p) => p.id === id);
  if (!found) throw new Error(`no reference plan ${id}`);
  return found.plan;
}
