// npm run sim -- --scenario default --seed S --plan FILE [--json] [--turns N] [--event TURN:ID]
// npm run sim -- --scenario default --describe
// Plays one game with a plan and prints every turn: the choices, the event, the true state, what the
// dashboard showed and why trust and buy-in moved. Everything printed comes from the model's records.
import { playPlan } from '../src/sim';
import {
  checkSeed,
  EVENT_FLAG,
  type FlagSpecs,
  HELP_FLAG,
  parseFlags,
  planArg,
  print,
  required,
  runCli,
  SCENARIO_FLAG,
  scenarioArg,
  setupFrom,
  TURNS_FLAG,
  usageText,
} from './cli';
import { describeScenario } from './sim-describe';
import { gameReport, renderGameText } from './sim-report';

const flags = {
  scenario: SCENARIO_FLAG,
  seed: { type: 'string', value: 'TEXT', help: 'the game seed, 1 to 64 characters' },
  plan: { type: 'string', value: 'FILE', help: 'the plan to play (format in docs/runner.md)' },
  turns: TURNS_FLAG,
  event: EVENT_FLAG,
  json: { type: 'boolean', help: 'print one JSON object instead of text' },
  describe: {
    type: 'boolean',
    help: "print the scenario's decisions, options, moves, KPIs and events as JSON",
  },
  help: HELP_FLAG,
} satisfies FlagSpecs;

const help = usageText(
  'npm run sim -- --seed TEXT --plan FILE [--scenario ID|FILE] [--json] [--turns N]\n' +
    '       npm run sim -- --describe [--scenario ID|FILE]',
  'Plays one game of a scenario with a plan and prints each turn, or describes the scenario.',
  flags,
);

runCli('sim', help, (argv) => {
  const f = parseFlags(argv, flags);
  const scenario = scenarioArg(f.scenario ?? 'default');
  if (f.describe) {
    print(JSON.stringify(describeScenario(scenario), null, 2));
    return;
  }
  const seed = checkSeed(required(f.seed, 'seed', 'the game seed, such as seed-1'));
  const planFile = required(f.plan, 'plan', 'a plan file, such as scenarios/plans/continuity-dialogue.json');
  const setup = setupFrom(f.turns, f.event);
  const plan = planArg(planFile, scenario);
  const report = gameReport(scenario, { file: planFile, plan }, playPlan(scenario, seed, plan, setup));
  print(f.json ? JSON.stringify(report) : renderGameText(scenario, report));
});
