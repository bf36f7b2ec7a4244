// npm run balance -- --scenario default --seeds 1000 --plan a.json --plan b.json [--json]
// Plays every plan on the same seeds and compares them: final trust and buy-in, phase reached, endings,
// dissonance incidents and pairwise win rates. The numbers behind the lessons the model must teach.
import { basename } from 'node:path';
import { type BalanceReport, ENDINGS, runBalance, seedList } from './balance-core';
import {
  CliError,
  EVENT_FLAG,
  type FlagSpecs,
  HELP_FLAG,
  parseFlags,
  planArg,
  print,
  runCli,
  SCENARIO_FLAG,
  scenarioArg,
  setupFrom,
  TURNS_FLAG,
  usageText,
  wholeNumber,
} from './cli';
import type { Summary } from './stats';
import { pct, table } from './text-table';

const flags = {
  scenario: SCENARIO_FLAG,
  seeds: { type: 'string', value: 'N', help: 'number of seeds, each plan plays every one (default: 1000)' },
  'seed-prefix': { type: 'string', value: 'TEXT', help: 'seeds are TEXT1..TEXTN (default: seed-)' },
  plan: { type: 'string', multiple: true, value: 'FILE', help: 'a plan to compare (repeat: one or more)' },
  turns: TURNS_FLAG,
  event: EVENT_FLAG,
  json: { type: 'boolean', help: 'print one JSON object instead of tables' },
  help: HELP_FLAG,
} satisfies FlagSpecs;

const help = usageText(
  'npm run balance -- --plan FILE [--plan FILE ...] [--seeds N] [--scenario ID|FILE] [--json]',
  'Plays every plan on the same seeds and compares their outcomes.',
  flags,
);

const fix = (n: number) => n.toFixed(2);

function summaryCells(s: Summary): string[] {
  return [fix(s.mean), fix(s.sd), fix(s.p10), fix(s.median), fix(s.p90)];
}

function renderBalanceText(r: BalanceReport, timing: { seconds: number; gamesPerSecond: number }): string {
  const label = (file: string) => basename(file).replace(/\.json$/, '');
  const stats = ['mean', 'sd', 'p10', 'median', 'p90'];
  const out = [
    `scenario ${r.scenario.id} v${r.scenario.version} · ${r.seeds.count} seeds (${r.seeds.first} .. ${r.seeds.last})` +
      ` · ${r.plans.length} plans · ${r.games} games in ${timing.seconds.toFixed(2)} s (${timing.gamesPerSecond} games/s)`,
    '',
    'Final trust (points)',
    ...table(
      ['plan', ...stats],
      r.plans.map((p) => [label(p.file), ...summaryCells(p.trust)]),
    ),
    '',
    'Final buy-in (points)',
    ...table(
      ['plan', ...stats],
      r.plans.map((p) => [label(p.file), ...summaryCells(p.buyIn)]),
    ),
    '',
    'Phase reached, endings and dissonance incidents (share of games)',
    ...table(
      ['plan', 'experimentation', 'social-marketing', 'social-business', ...ENDINGS, 'incidents/game'],
      r.plans.map((p) => [
        label(p.file),
        ...Object.values(p.phase.shares).map(pct),
        ...ENDINGS.map((e) => pct(p.endings.shares[e] ?? 0)),
        p.incidents.toFixed(2),
      ]),
    ),
  ];
  if (r.pairs.length > 0) {
    out.push('', 'Win rates: how often the row plan beats the column plan (ties count half)');
    const labels = r.plans.map((p) => label(p.file));
    const rate = (a: string, b: string) => {
      const pair = r.pairs.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
      if (!pair || a === b) return '-';
      return pct(pair.a === a ? pair.aWins : pair.bWins);
    };
    out.push(
      ...table(
        ['', ...labels],
        r.plans.map((p, i) => [labels[i]!, ...r.plans.map((q) => rate(p.file, q.file))]),
      ),
    );
  }
  out.push('', 'plans:', ...r.plans.map((p) => `  ${label(p.file)}: "${p.name}" (${p.file})`));
  return out.join('\n');
}

runCli('balance', help, (argv) => {
  const f = parseFlags(argv, flags);
  const scenario = scenarioArg(f.scenario ?? 'default');
  const count = wholeNumber(f.seeds ?? '1000', 'seeds', 1, 1_000_000);
  const prefix = f['seed-prefix'] ?? 'seed-';
  if (prefix.length > 50) throw new CliError('--seed-prefix is too long: at most 50 characters');
  const files = f.plan ?? [];
  if (files.length === 0)
    throw new CliError(
      'give at least one --plan FILE, such as scenarios/plans/continuity-dialogue.json',
      true,
    );
  const twice = files.find((file, i) => files.indexOf(file) !== i);
  if (twice) throw new CliError(`--plan ${twice} is given twice: compare different plans`, true);
  const plans = files.map((file) => ({ file, plan: planArg(file, scenario) }));
  const setup = setupFrom(f.turns, f.event);
  const start = performance.now();
  const report = runBalance({ scenario, plans, seeds: seedList(count, prefix), setup });
  const seconds = (performance.now() - start) / 1000;
  const timing = {
    seconds: Math.round(seconds * 1000) / 1000,
    gamesPerSecond: Math.round(report.games / seconds),
  };
  print(f.json ? JSON.stringify({ ...report, timing }, null, 2) : renderBalanceText(report, timing));
});
