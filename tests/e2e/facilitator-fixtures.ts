// Games for the facilitator and debrief e2e tests: played with reference plans in Node, encoded as result
// codes, and checked against the headless runner (tools/sim.ts) run as a separate process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referencePlans } from '../../src/analysis/reference-plans';
import {
  encodeResultCode,
  type Plan,
  type PlayedPlan,
  parseScenarioText,
  playPlan,
  type Scenario,
} from '../../src/sim';
import { RESULTS_DIR } from './harness';

export const scenario: Scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));
export const SEED = 'e2e-harbour-7';

export interface TeamGame {
  name: string;
  planId: string;
  played: PlayedPlan;
  code: string;
}

export function plan(id: string): Plan {
  const found = referencePlans(scenario).find((p) => p.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found.plan;
}

export function teamGames(): TeamGame[] {
  return [
    { name: 'Harbour crew', planId: 'continuity-dialogue' },
    { name: 'Loud & Proud, Ltd', planId: 'campaign-broadcast' },
    { name: 'Gamblers', planId: 'viral-gambler' },
  ].map(({ name, planId }) => {
    const played = playPlan(scenario, SEED, plan(planId));
    return { name, planId, played, code: encodeResultCode(scenario, played.game) };
  });
}

export interface RunnerReport {
  game: { turns: unknown[] };
  turns: { decision: unknown }[];
  final: { phase: string; ending: string | null; trust: number; buyIn: number; reach: number; turn: number };
}

/** Runs the headless runner in its own process: npm run sim -- --seed S --plan FILE --json. */
export function runRunner(planFile: string, seed: string, extra: string[] = []): RunnerReport {
  const r = spawnSync(
    'node_modules/.bin/tsx',
    ['tools/sim.ts', '--scenario', 'default', '--seed', seed, '--plan', planFile, '--json', ...extra],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`the runner failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as RunnerReport;
}

/** Writes a plan to test-results/ for the runner and returns its path. */
export function writePlan(name: string, p: Plan): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.plan.json`);
  writeFileSync(file, JSON.stringify(p, null, 2));
  return file;
}

/** The same code with one character changed in the middle: its checksum no longer matches. */
export function corrupt(code: string): string {
  const i = Math.floor(code.length / 2);
  return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}
