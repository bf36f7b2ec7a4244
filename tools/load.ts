// Shared file loading for the command-line tools: scenarios by id or path, plans by path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldenGame } from '../src/check/verify';
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

/**
 * Where a scenario's reference plans are: the default scenario's in scenarios/plans, every other
 * scenario's in scenarios/plans/<scenario id>/.
 */
export function referencePlanDir(scenarioId: string): string {
  return scenarioId === 'default' ? PLANS_DIR : join(PLANS_DIR, scenarioId);
}

/**
 * A scenario's reference plan files, in name order. A scenario without a folder of its own (a custom
 * file) gets the default scenario's, as the debrief does (src/analysis/reference-plans.ts): the callers
 * keep those that fit it.
 */
export function referencePlanFiles(scenarioId = 'default'): string[] {
  const dir = existsSync(referencePlanDir(scenarioId)) ? referencePlanDir(scenarioId) : PLANS_DIR;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** A scenario's golden games (npm run golden): the states they pass through, checked in Node and Chromium. */
export function goldenFile(scenarioId: string): string {
  return join('tests', 'golden', `${scenarioId}.json`);
}

/** A scenario's golden games as recorded; none if its file is missing. */
export function goldenGames(scenarioId: string): GoldenGame[] {
  const file = goldenFile(scenarioId);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}
