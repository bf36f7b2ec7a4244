// npm run scenario:check -- FILE... : for each scenario file, every problem with its JSON path (the schema,
// the cross-references and what makes it unplayable, as the game's loader sees them), then a few hundred
// seeded games and what they show (scenario-playtest.ts). Exit code 1 when a file has an error; warnings
// alone keep it at 0.
import { readFileSync, statSync } from 'node:fs';
import {
  parseScenarioText,
  type Scenario,
  ScenarioError,
  type ScenarioProblem,
  scenarioHash,
} from '../src/sim';
import {
  CliError,
  type FlagSpecs,
  parseFlags,
  print,
  runCli,
  splitArguments,
  usageText,
  wholeNumber,
} from './cli';
import { playtest } from './scenario-playtest';

const flags = {
  seeds: { type: 'string', value: 'N', help: 'seeds each strategy is played on (default: 10)' },
  'no-play': { type: 'boolean', help: 'check the file only, play no games' },
  help: { type: 'boolean', help: 'show this help' },
} satisfies FlagSpecs;

const help = usageText(
  'npm run scenario:check -- FILE [FILE ...] [--seeds N] [--no-play]',
  'Checks scenario files: every problem with its JSON path, then what a few hundred seeded games show.',
  flags,
);

export interface FileCheck {
  file: string;
  scenario: Scenario | null;
  errors: ScenarioProblem[];
  warnings: ScenarioProblem[];
  games: number;
}

function readScenario(file: string): { scenario: Scenario | null; errors: ScenarioProblem[] } {
  let text: string;
  try {
    if (!statSync(file).isFile()) return { scenario: null, errors: [{ path: '$', message: 'not a file' }] };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      scenario: null,
      errors: [{ path: '$', message: code === 'ENOENT' ? 'no such file' : String(e) }],
    };
  }
  try {
    return { scenario: parseScenarioText(text, file), errors: [] };
  } catch (e) {
    if (e instanceof ScenarioError) return { scenario: null, errors: e.problems };
    throw e;
  }
}

function checkFile(file: string, seeds: number): FileCheck {
  const { scenario, errors } = readScenario(file);
  if (!scenario || seeds === 0) return { file, scenario, errors, warnings: [], games: 0 };
  const report = playtest(scenario, seeds);
  return { file, scenario, errors, warnings: report.warnings, games: report.games };
}

function render(c: FileCheck, seeds: number): string[] {
  const head = c.scenario
    ? `${c.file}: scenario "${c.scenario.id}" version ${c.scenario.version}, hash ${scenarioHash(c.scenario)}, ${c.scenario.turns} quarters`
    : `${c.file}: not a playable scenario`;
  const lines = [head];
  for (const p of c.errors) lines.push(`  error    ${p.path}: ${p.message}`);
  if (c.scenario && seeds > 0)
    lines.push(`  played   ${c.games} games (${c.games / seeds} strategies x ${seeds} seeds)`);
  for (const p of c.warnings) lines.push(`  warning  ${p.path}: ${p.message}`);
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  lines.push(
    `  ${c.errors.length > 0 ? 'FAILED' : 'ok'}: ${count(c.errors.length, 'error')}, ${count(c.warnings.length, 'warning')}`,
  );
  return lines;
}

runCli('scenario:check', help, (argv) => {
  const { plain: files, flags: flagArgs } = splitArguments(argv, flags);
  const f = parseFlags(flagArgs, flags);
  const seeds = f['no-play'] ? 0 : f.seeds === undefined ? 10 : wholeNumber(f.seeds, 'seeds', 1, 1000);
  if (files.length === 0)
    throw new CliError('give one or more scenario files, such as scenarios/default.json', true);
  let failed = 0;
  files.forEach((file, i) => {
    const c = checkFile(file, seeds);
    if (c.errors.length > 0) failed++;
    print(...(i > 0 ? [''] : []), ...render(c, seeds));
  });
  if (files.length > 1) print('', `${files.length - failed} of ${files.length} files passed`);
  if (failed > 0) process.exitCode = 1;
});
