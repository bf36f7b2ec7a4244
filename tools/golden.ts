// npm run golden [-- --scenario ID]: writes tests/golden/<scenario id>.json for every bundled scenario (or
// the one named): a few fixed games and the hash of every state they pass through. Run after a deliberate
// change to the model; the tests check Node and Chromium against these files.
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type GameSetup, playPlan, type Scenario, stateHash } from '../src/sim';
import { BUNDLED_SCENARIOS } from '../src/store/bundled-scenarios';
import { CliError, type FlagSpecs, HELP_FLAG, parseFlags, print, runCli, usageText } from './cli';
import { goldenFile, loadPlan, loadScenario, referencePlanFiles } from './load';

interface GoldenCase {
  plan: string;
  seed: string;
  setup?: GameSetup;
}

// The default scenario's games, as first recorded: their names and hashes must never change by accident.
const DEFAULT_CASES: GoldenCase[] = [
  { plan: 'scenarios/plans/continuity-dialogue.json', seed: 'golden-1' },
  { plan: 'scenarios/plans/campaign-broadcast.json', seed: 'golden-2' },
  { plan: 'scenarios/plans/viral-gambler.json', seed: 'golden-3' },
  {
    plan: 'scenarios/plans/bottom-up-untrained.json',
    seed: 'golden-4',
    setup: { turns: 8, fixedEvents: { '3': 'viral-complaint' } },
  },
];

/** Another scenario's games: its first four reference plans, the last one in a shortened session. */
function casesOf(scenario: Scenario): GoldenCase[] {
  const plans = referencePlanFiles(scenario.id).slice(0, 4);
  if (plans.length === 0) throw new CliError(`scenario "${scenario.id}" has no reference plans`);
  const short = Math.max(4, Math.min(8, scenario.turns - 2));
  return plans.map((plan, i) => ({
    plan,
    seed: `golden-${i + 1}`,
    ...(i === 3 ? { setup: { turns: short } } : {}),
  }));
}

const flags = {
  scenario: { type: 'string', value: 'ID', help: 'only this bundled scenario (default: every one)' },
  help: HELP_FLAG,
} satisfies FlagSpecs;

const help = usageText(
  'npm run golden [-- --scenario ID]',
  'Writes tests/golden/<scenario id>.json: fixed games of each bundled scenario and the hash of every state.',
  flags,
);

runCli('golden', help, (argv) => {
  const f = parseFlags(argv, flags);
  const ids = BUNDLED_SCENARIOS.map((s) => s.id);
  if (f.scenario !== undefined && !ids.includes(f.scenario))
    throw new CliError(`no bundled scenario "${f.scenario}" (bundled: ${ids.join(', ')})`, true);
  for (const id of f.scenario === undefined ? ids : [f.scenario]) {
    const scenario = loadScenario(id);
    const prefix = id === 'default' ? '' : `${id}: `;
    const games = (id === 'default' ? DEFAULT_CASES : casesOf(scenario)).map(({ plan, seed, setup }) => {
      const played = playPlan(scenario, seed, loadPlan(plan, scenario), setup);
      return {
        name: `${prefix}${basename(plan, '.json')} / ${seed}`,
        game: played.game,
        hashes: [played.initial, ...played.records.map((r) => r.state)].map(stateHash),
      };
    });
    writeFileSync(goldenFile(id), `${JSON.stringify(games, null, 1)}\n`);
    print(`wrote ${games.length} golden games to ${goldenFile(id)}`);
  }
});
