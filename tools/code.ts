// npm run code -- decode FILE|-      reads result codes, one per line, and prints one JSON object per line
// npm run code -- encode FILE        prints the result code of a game record (or of a save, or of sim --json)
// For support and scripts: the same decoder and the same reasons as the pages (docs/result-codes.md).
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  decodeResultCode,
  encodeResultCode,
  findScenario,
  type GameRecord,
  ResultCodeError,
  type Scenario,
} from '../src/sim';
import {
  CliError,
  type FlagSpecs,
  parseFlags,
  print,
  runCli,
  SCENARIO_FLAG,
  scenarioArg,
  usageText,
} from './cli';
import { scenarioPath } from './load';

const flags = {
  scenario: {
    ...SCENARIO_FLAG,
    help: 'also read codes of this scenario file (the scenarios in scenarios/ are always known)',
  },
  help: { type: 'boolean', help: 'show this help' },
} satisfies FlagSpecs;

const help = usageText(
  'npm run code -- decode FILE|- [--scenario ID|FILE]\n       npm run code -- encode FILE [--scenario ID|FILE]',
  'decode: reads result codes one per line (- for standard input) and prints, for each non-blank line,\n' +
    '{"line": N, "ok": true, "game": {...}} or {"line": N, "ok": false, "reason": "..."}.\n' +
    'encode: prints the result code of a game record (a JSON file: a game record, a save, or sim --json).',
  flags,
);

const SCENARIO_ID = /^[a-z][a-z0-9-]*$/;

/** The scenarios codes may name: the one given with --scenario, else scenarios/ID.json, loaded once. */
function catalog(extra: Scenario | null): (id: string) => Scenario | undefined {
  const loaded = new Map<string, Scenario | undefined>();
  return (id) => {
    if (extra?.id === id) return extra;
    if (!loaded.has(id)) {
      const path = scenarioPath(id);
      loaded.set(id, SCENARIO_ID.test(id) && existsSync(path) ? scenarioArg(id) : undefined);
    }
    return loaded.get(id);
  };
}

function readInput(file: string): string {
  if (file === '-') return readFileSync(0, 'utf8');
  if (!existsSync(file)) throw new CliError(`no file ${file}`);
  if (!statSync(file).isFile()) throw new CliError(`${file} is not a file`);
  return readFileSync(file, 'utf8');
}

function decode(text: string, scenarios: (id: string) => Scenario | undefined): string[] {
  const out: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') return;
    try {
      const { game } = decodeResultCode(line, scenarios);
      out.push(JSON.stringify({ line: i + 1, ok: true, game }));
    } catch (e) {
      if (!(e instanceof ResultCodeError)) throw e;
      out.push(JSON.stringify({ line: i + 1, ok: false, reason: e.message }));
    }
  });
  return out;
}

/** The game record in a JSON file: the record itself, or the `game` of a save or of sim --json. */
function gameIn(text: string, file: string): GameRecord {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`${file} is not valid JSON (${(e as Error).message})`);
  }
  const record = json as { game?: unknown; scenario?: unknown } | null;
  if (record && typeof record === 'object' && 'game' in record) return record.game as GameRecord;
  return json as GameRecord;
}

function encode(text: string, file: string, scenarios: (id: string) => Scenario | undefined): string {
  const game = gameIn(text, file);
  const id = (game as { scenario?: { id?: unknown } } | null)?.scenario?.id;
  const scenario = typeof id === 'string' ? findScenario(scenarios, id) : undefined;
  if (!scenario)
    throw new CliError(
      typeof id === 'string'
        ? `${file}: the game's scenario "${id}" is not available (give --scenario FILE)`
        : `${file} is not a game record: it has no scenario.id`,
    );
  try {
    return encodeResultCode(scenario, game);
  } catch (e) {
    if (e instanceof ResultCodeError) throw new CliError(`${file}: ${e.message}`);
    throw e;
  }
}

runCli('code', help, (argv) => {
  const [command, file, ...rest] = argv;
  if (command !== 'decode' && command !== 'encode')
    throw new CliError(`expected "decode FILE|-" or "encode FILE", got "${command ?? ''}"`, true);
  if (file === undefined || file.startsWith('--'))
    throw new CliError(
      `${command} needs a file${command === 'decode' ? ' (or - for standard input)' : ''}`,
      true,
    );
  const f = parseFlags(rest, flags);
  const scenarios = catalog(f.scenario ? scenarioArg(f.scenario) : null);
  if (command === 'decode') {
    const lines = decode(readInput(file), scenarios);
    if (lines.length > 0) print(...lines);
  } else print(encode(readInput(file), file, scenarios));
});
