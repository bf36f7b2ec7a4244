// npm run search -- --scenario default [--seeds N] [--budget N] [--rng TEXT] [--out DIR] [--json]
// A genetic search over whole plans (tools/search-core.ts), scored on training seeds; the best plans are
// written as plan files and compared with every reference plan on fresh seeds, with a summary of what
// they do. The tool to find what the model rewards, exploits included, while tuning it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Plan, PlanError, type Scenario } from '../src/sim';
import { seedList } from './balance-core';
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
import { loadPlan, referencePlanFiles } from './load';
import { runSearch, SCORE_FORMULA, type SearchResult } from './search-core';
import { genomeKey, genomeOf } from './search-genome';
import { compareOnFresh, type FreshComparison, type PlanHabits, planHabits } from './search-report';
import { pct, table } from './text-table';

const flags = {
  scenario: SCENARIO_FLAG,
  seeds: { type: 'string', value: 'N', help: 'training seeds every plan is scored on (default: 40)' },
  budget: { type: 'string', value: 'N', help: 'plans to score in all (default: 1500)' },
  rng: {
    type: 'string',
    value: 'TEXT',
    help: "the search's own seed: the same one gives the same plans (default: search)",
  },
  fresh: {
    type: 'string',
    value: 'N',
    help: 'fresh seeds for the comparison, never trained on (default: 500)',
  },
  top: { type: 'string', value: 'N', help: 'how many of the best plans to write and compare (default: 3)' },
  population: { type: 'string', value: 'N', help: 'plans per generation (default: 40)' },
  plan: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    help: 'a reference plan (repeatable; default: the plans of the scenario, in scenarios/plans/ID/, or scenarios/plans for default)',
  },
  out: { type: 'string', value: 'DIR', help: 'where the best plans are written (default: search-results)' },
  turns: TURNS_FLAG,
  event: EVENT_FLAG,
  json: { type: 'boolean', help: 'print one JSON object instead of text' },
  help: HELP_FLAG,
} satisfies FlagSpecs;

const help = usageText(
  'npm run search -- [--scenario ID|FILE] [--seeds N] [--budget N] [--rng TEXT] [--out DIR] [--json]',
  'Searches whole plans for the best outcome on training seeds, writes the best as plan files and compares them with the reference plans on fresh seeds.',
  flags,
);

/** The reference plans: the ones given, else the scenario's own plan files (tools/load.ts) that fit it. */
function referencePlans(files: string[] | undefined, scenario: Scenario): { file: string; plan: Plan }[] {
  if (files) return files.map((file) => ({ file, plan: planArg(file, scenario) }));
  const out: { file: string; plan: Plan }[] = [];
  for (const file of referencePlanFiles(scenario.id)) {
    try {
      out.push({ file, plan: loadPlan(file, scenario) });
    } catch (e) {
      if (!(e instanceof PlanError)) throw e;
    }
  }
  return out;
}

interface BestPlanReport {
  file: string;
  fitness: number;
  /** The reference plan it plays exactly like, if any (the search starts from the reference plans). */
  sameAs: string | null;
  plan: Plan;
  habits: PlanHabits;
}

interface SearchReport {
  scenario: { id: string; version: number };
  rng: string;
  out: string;
  setup: ReturnType<typeof setupFrom>;
  score: string;
  training: {
    seeds: { count: number; first: string; last: string };
    evaluations: number;
    generations: number;
    history: SearchResult['history'];
  };
  best: BestPlanReport[];
  fresh: FreshComparison;
  timing: { searchSeconds: number; compareSeconds: number };
}

const label = (file: string) => basename(file).replace(/\.json$/, '');
const shares = (r: Record<string, number>) =>
  Object.entries(r)
    .map(([k, v]) => `${k} ${pct(v)}`)
    .join(', ');

function habitsText(h: PlanHabits): string[] {
  const out = [`  objective: ${h.objective}`];
  for (const [phase, p] of Object.entries(h.phases)) {
    out.push(`  in ${phase} (${p.quarters} quarters over all seeds):`);
    out.push(`    approach ${shares(p.approach)}`);
    out.push(`    voice ${shares(p.voice)}`);
    out.push(`    governance ${shares(p.governance)}`);
    out.push(`    KPIs ${p.measure.map((m) => `${m.kpis} ${pct(m.share)}`).join(', ')}`);
  }
  out.push(
    `  moves: ${h.moves.map((m) => `${m.id} (${pct(m.made)} of games, quarter ${m.meanTurn})`).join(' -> ') || 'none'}`,
  );
  out.push('  answers:');
  for (const a of h.answers)
    out.push(
      `    ${a.event} (met ${a.met} times): plan says ${a.policy ?? '(default)'}; given ${shares(a.given)}`,
    );
  return out;
}

function renderText(r: SearchReport): string {
  const f = r.fresh;
  const rows = [...f.best, ...f.references];
  const out = [
    `search · scenario ${r.scenario.id} v${r.scenario.version} · rng "${r.rng}" · ${r.training.seeds.count} training seeds` +
      ` (${r.training.seeds.first} .. ${r.training.seeds.last}) · ${r.training.evaluations} plans scored in` +
      ` ${r.training.generations} generation${r.training.generations === 1 ? '' : 's'} · ${r.timing.searchSeconds.toFixed(1)} s`,
    `score of a game: ${r.score}`,
    '',
    `Best plans, with their training score (written to ${r.out})`,
    ...r.best.map(
      (b) =>
        `  ${label(b.file)}: ${b.fitness.toFixed(2)}${b.sameAs ? ` (the same plan as ${label(b.sameAs)})` : ''}`,
    ),
    '',
    `On ${f.seeds.count} fresh seeds (${f.seeds.first} .. ${f.seeds.last}), never trained on; best reference: ${label(f.bestReference)}`,
    ...table(
      [
        'plan',
        'score',
        'experim.',
        'soc-marketing',
        'soc-business',
        'completed',
        'trust',
        'buy-in',
        'beats best ref',
      ],
      rows.map((p) => [
        label(p.file),
        p.score.toFixed(2),
        pct(p.phase.experimentation ?? 0),
        pct(p.phase['social-marketing'] ?? 0),
        pct(p.phase['social-business'] ?? 0),
        pct(p.endings.completed ?? 0),
        p.trust.toFixed(1),
        p.buyIn.toFixed(1),
        'vsBestReference' in p ? pct((p as (typeof f.best)[number]).vsBestReference.beats) : '',
      ]),
    ),
    '',
    'Share of fresh seeds where each best plan beats each reference plan (ties apart: compareOutcomes)',
    ...table(
      ['', ...f.references.map((x) => label(x.file))],
      f.best.map((b) => [label(b.file), ...b.vs.map((v) => pct(v.beats))]),
    ),
  ];
  r.best.forEach((b) => {
    out.push('', `What ${label(b.file)} does on the fresh seeds`, ...habitsText(b.habits));
  });
  return out.join('\n');
}

runCli('search', help, (argv) => {
  const f = parseFlags(argv, flags);
  const scenario = scenarioArg(f.scenario ?? 'default');
  const seeds = seedList(wholeNumber(f.seeds ?? '40', 'seeds', 1, 100_000), 'train-');
  const budget = wholeNumber(f.budget ?? '1500', 'budget', 1, 10_000_000);
  const fresh = seedList(wholeNumber(f.fresh ?? '500', 'fresh', 1, 1_000_000), 'fresh-');
  const top = wholeNumber(f.top ?? '3', 'top', 1, 50);
  const population = wholeNumber(f.population ?? '40', 'population', 4, 10_000);
  const rng = f.rng ?? 'search';
  if (rng.length === 0 || rng.length > 64)
    throw new CliError('--rng expects a text of 1 to 64 characters', true);
  const out = f.out ?? 'search-results';
  const setup = setupFrom(f.turns, f.event);
  const references = referencePlans(f.plan, scenario);

  const t0 = performance.now();
  const result = runSearch({
    scenario,
    setup,
    seeds,
    budget,
    rng,
    population,
    keep: top,
    starts: references.map((x) => x.plan),
    // A progress line for a person watching; nothing when stderr goes to a file or a pipe.
    onGeneration: process.stderr.isTTY
      ? (g) =>
          process.stderr.write(
            `\rgeneration ${g.generation}: ${g.evaluations}/${budget} plans scored, best ${g.best.toFixed(2)}, mean ${g.mean.toFixed(2)}   `,
          )
      : undefined,
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  const t1 = performance.now();

  mkdirSync(out, { recursive: true });
  const best = result.best.map((b, i) => {
    const file = join(out, `best-${i + 1}.json`);
    const plan: Plan & { description: string } = {
      ...b.plan,
      name: `Search best ${i + 1} (rng ${rng})`,
      description:
        `Found by npm run search on scenario ${scenario.id} v${scenario.version} (rng "${rng}", ` +
        `${seeds.length} training seeds, ${result.evaluations} plans scored): training score ${b.fitness.toFixed(2)}.`,
    };
    // The plan file format of docs/runner.md: name and description first, as people write them.
    const { name, description, ...rest } = plan;
    writeFileSync(file, `${JSON.stringify({ name, description, ...rest }, null, 2)}\n`);
    const written = genomeKey(result.space, b.genome);
    const same = references.find((x) => genomeKey(result.space, genomeOf(result.space, x.plan)) === written);
    return {
      file,
      fitness: Math.round(b.fitness * 100) / 100,
      sameAs: same?.file ?? null,
      plan: planArg(file, scenario),
    };
  });
  const comparison = compareOnFresh({ scenario, setup, best, references, seeds: fresh });
  const report: SearchReport = {
    scenario: { id: scenario.id, version: scenario.version },
    rng,
    out,
    setup,
    score: SCORE_FORMULA,
    training: {
      seeds: { count: seeds.length, first: seeds[0]!, last: seeds[seeds.length - 1]! },
      evaluations: result.evaluations,
      generations: result.generations,
      history: result.history,
    },
    best: best.map((b) => ({ ...b, habits: planHabits(scenario, b.plan, fresh, setup) })),
    fresh: comparison,
    timing: { searchSeconds: 0, compareSeconds: 0 },
  };
  const t2 = performance.now();
  report.timing = {
    searchSeconds: Math.round(t1 - t0) / 1000,
    compareSeconds: Math.round(t2 - t1) / 1000,
  };
  writeFileSync(join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  print(f.json ? JSON.stringify(report, null, 2) : renderText(report));
});
