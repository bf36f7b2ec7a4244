// The body of npm run bench (tools/bench.ts runs it bundled): how fast the simulation core runs, single
// thread, after a warm-up. Prints figures beside their targets and asserts nothing.
import { cpus, loadavg } from 'node:os';
import { playPlan, replay } from '../src/sim';
import { runBalance, seedList } from './balance-core';
import {
  type FlagSpecs,
  HELP_FLAG,
  parseFlags,
  planArg,
  print,
  runCli,
  SCENARIO_FLAG,
  scenarioArg,
  usageText,
} from './cli';
import { referencePlanFiles } from './load';

const flags = {
  scenario: SCENARIO_FLAG,
  help: HELP_FLAG,
} satisfies FlagSpecs;

const help = usageText(
  'npm run bench [-- --scenario ID|FILE]',
  'Measures sim throughput, a 10,000-game balance run and replay() of a full game.',
  flags,
);

/** Runs fn repeatedly for at least `ms` milliseconds (and `minRuns` times); returns runs and seconds. */
function timed(ms: number, minRuns: number, fn: (i: number) => void): { runs: number; seconds: number } {
  const start = performance.now();
  let runs = 0;
  while (runs < minRuns || performance.now() - start < ms) fn(runs++);
  return { runs, seconds: (performance.now() - start) / 1000 };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

runCli('bench', help, (argv) => {
  const f = parseFlags(argv, flags);
  const scenario = scenarioArg(f.scenario ?? 'default');
  const plans = referencePlanFiles(scenario.id).map((file) => ({ file, plan: planArg(file, scenario) }));
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  print(
    `bench · scenario ${scenario.id} v${scenario.version} · ${plans.length} reference plans · Node ${process.version}` +
      ` · ${cpu} · load average ${loadavg()[0]!.toFixed(2)} (a busy machine gives slower figures)`,
  );

  // Warm-up: let the JIT compile the hot paths before anything is timed.
  for (let i = 0; i < 300; i++) playPlan(scenario, `warm-${i}`, plans[i % plans.length]!.plan);

  // 1. Throughput: the reference plans in turn, each game on a fresh seed.
  let turns = 0;
  const sim = timed(2000, 500, (i) => {
    turns += playPlan(scenario, `bench-${i}`, plans[i % plans.length]!.plan).records.length;
  });
  print(
    '',
    'sim throughput (single thread)',
    `  ${fmt(sim.runs / sim.seconds)} games/s · ${fmt(turns / sim.seconds)} turns/s · ` +
      `${fmt((sim.seconds * 1000) / sim.runs, 3)} ms per game (${fmt(sim.runs)} games, ${fmt(turns)} turns)`,
  );

  // 2. A balance run of 10,000 games: two plans on 5,000 shared seeds, statistics included.
  const pair = ['continuity-dialogue', 'campaign-broadcast']
    .map((name) => plans.find((p) => p.file.endsWith(`${name}.json`)))
    .filter((p) => p !== undefined);
  const balancePlans = pair.length === 2 ? pair : plans.slice(0, 2);
  // Warm the balance path up, then time three runs of 10,000 games on fresh seeds: median and best.
  runBalance({ scenario, plans: balancePlans, seeds: seedList(500, 'bench-warm-') });
  // CPU time beside wall time: on a shared machine the wall clock also counts the time other processes
  // held the core, while the process's CPU time (its threads, the garbage collector's included) does not.
  const walls: number[] = [];
  const cpuTimes: number[] = [];
  let games = 0;
  for (let run = 1; run <= 3; run++) {
    const seeds = seedList(Math.ceil(10_000 / balancePlans.length), `bench-balance-${run}-`);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    games = runBalance({ scenario, plans: balancePlans, seeds }).games;
    const cpu = process.cpuUsage(cpuStart);
    walls.push((performance.now() - start) / 1000);
    cpuTimes.push((cpu.user + cpu.system) / 1e6);
  }
  walls.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const wall = walls[1]!;
  print(
    '',
    `balance run (${balancePlans.map((p) => p.plan.name).join(' vs ')}, with statistics), 3 runs`,
    `  ${fmt(games)} games in ${fmt(wall, 2)} s median, ${fmt(walls[0]!, 2)} s best (${fmt(games / wall)} games/s)` +
      ` · target: 10,000 full games in under 1 s`,
    `  CPU time ${fmt(cpuTimes[1]!, 2)} s median, ${fmt(cpuTimes[0]!, 2)} s best`,
  );

  // 3. replay() of a full game: what a what-if, a saved game or a result code costs to rebuild.
  const game = playPlan(scenario, 'bench-replay', balancePlans[0]!.plan).game;
  for (let i = 0; i < 100; i++) replay(scenario, game);
  const rep = timed(1000, 200, () => replay(scenario, game));
  print(
    '',
    `replay() of a full game (${game.turns.length} turns)`,
    `  ${fmt((rep.seconds * 1000) / rep.runs, 3)} ms per replay · ${fmt(rep.runs / rep.seconds)} replays/s` +
      ` (${fmt(rep.runs)} replays)`,
  );
});
