// What the command-line tools share: a small flag parser, the loaders with messages that name the file,
// and one error handler that turns any failure into a short message on stderr and a non-zero exit code,
// never a stack trace.
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  cleanSeed,
  GameError,
  type GameSetup,
  type Plan,
  PlanError,
  parseScenarioText,
  type Scenario,
  ScenarioError,
} from '../src/sim';
import { loadPlan, scenarioPath } from './load';

/** A problem with what the user typed or pointed to: shown as is, exit code 1. */
export class CliError extends Error {
  constructor(
    message: string,
    /** Whether to add a pointer to --help after the message. */
    readonly usage = false,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export interface FlagSpec {
  /** 'string' takes a value, 'boolean' takes none. */
  type: 'string' | 'boolean';
  /** May be given more than once; the values are collected in order. */
  multiple?: boolean;
  /** Shown by --help, e.g. "FILE" and a sentence. */
  value?: string;
  help: string;
}

export type FlagSpecs = Record<string, FlagSpec>;

export type Flags<S extends FlagSpecs> = {
  [K in keyof S]?: S[K]['type'] extends 'boolean' ? true : S[K]['multiple'] extends true ? string[] : string;
};

/**
 * Parses `--name value`, `--name=value` and `--flag`. Unknown flags, a missing value, a repeated single
 * flag or a stray argument are reported by name.
 */
/** The --scenario flag every command shares. */
export const SCENARIO_FLAG = {
  type: 'string',
  value: 'ID|FILE',
  help: 'scenario id in scenarios/ or a .json path (default: default)',
} as const satisfies FlagSpec;

/** The session setup flags of every command that plays games (see setupFrom). */
export const TURNS_FLAG = {
  type: 'string',
  value: 'N',
  help: "play N turns (1-24) instead of the scenario's number",
} as const satisfies FlagSpec;

export const EVENT_FLAG = {
  type: 'string',
  multiple: true,
  value: 'TURN:ID',
  help: 'force an event in a turn (repeatable)',
} as const satisfies FlagSpec;

export const HELP_FLAG = { type: 'boolean', help: 'show this help' } as const satisfies FlagSpec;

export function parseFlags<S extends FlagSpecs>(argv: readonly string[], specs: S): Flags<S> {
  const out: Record<string, string | string[] | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--') || arg === '--') {
      throw new CliError(`unexpected argument "${arg}": every option starts with --`, true);
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const spec = specs[name];
    if (!spec) {
      const known = Object.keys(specs)
        .map((k) => `--${k}`)
        .join(', ');
      throw new CliError(`unknown option --${name} (known options: ${known})`, true);
    }
    let value: string | true;
    if (spec.type === 'boolean') {
      if (eq >= 0) throw new CliError(`--${name} takes no value`, true);
      value = true;
    } else if (eq >= 0) {
      value = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--'))
        throw new CliError(`--${name} needs a value${spec.value ? ` (${spec.value})` : ''}`, true);
      value = next;
      i++;
    }
    if (spec.multiple) {
      const list = (out[name] as string[] | undefined) ?? [];
      list.push(value as string);
      out[name] = list;
    } else {
      if (name in out) throw new CliError(`--${name} is given twice`, true);
      out[name] = value;
    }
  }
  return out as Flags<S>;
}

/**
 * Splits the arguments of a command that also takes plain arguments (such as files): those that are not
 * an option nor the value of one, and the rest, for parseFlags.
 */
export function splitArguments(
  argv: readonly string[],
  specs: FlagSpecs,
): { plain: string[]; flags: string[] } {
  const plain: string[] = [];
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      plain.push(arg);
      continue;
    }
    flags.push(arg);
    const spec = specs[arg.slice(2)];
    if (spec?.type === 'string' && !arg.includes('=') && i + 1 < argv.length) flags.push(argv[++i]!);
  }
  return { plain, flags };
}

/** The --help text: a usage line, a sentence, then one line per option. */
export function usageText(usage: string, about: string, specs: FlagSpecs): string {
  const rows = Object.entries(specs).map(([name, s]) => [`--${name}${s.value ? ` ${s.value}` : ''}`, s.help]);
  const width = Math.max(...rows.map(([left]) => left!.length));
  return [
    `usage: ${usage}`,
    '',
    about,
    '',
    ...rows.map(([left, help]) => `  ${left!.padEnd(width)}  ${help}`),
    '',
  ].join('\n');
}

/** A required flag's value, or a message naming it. */
export function required(value: string | undefined, name: string, what: string): string {
  if (value === undefined) throw new CliError(`--${name} is required (${what})`, true);
  return value;
}

/** A seed is any non-empty text (the model takes 1 to 64 characters). */
/** The seed as every page cleans it (cleanSeed: no surrounding spaces, NFC), or a CliError. */
export function checkSeed(seed: string): string {
  const clean = cleanSeed(seed);
  if (seed.trim().length === 0) throw new CliError('the seed is empty: give --seed a text such as "seed-1"');
  if (clean === null) throw new CliError(`the seed is ${seed.trim().length} characters long: at most 64`);
  return clean;
}

/** A whole number from a flag, within bounds. */
export function wholeNumber(value: string, name: string, min: number, max: number): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new CliError(`--${name} expects a whole number from ${min} to ${max}, got "${value}"`, true);
  return n;
}

/** The session setup from --turns N and --event TURN:EVENT (the same crisis for everyone). */
export function setupFrom(turns: string | undefined, events: readonly string[] = []): GameSetup {
  const setup: GameSetup = {};
  if (turns !== undefined) setup.turns = wholeNumber(turns, 'turns', 1, 24);
  for (const e of events) {
    const m = /^([1-9][0-9]*):([a-z][a-z0-9-]*)$/.exec(e);
    if (!m) throw new CliError(`--event expects TURN:EVENT-ID, such as 3:viral-complaint, got "${e}"`, true);
    setup.fixedEvents = { ...setup.fixedEvents, [m[1]!]: m[2]! };
  }
  return setup;
}

/** A scenario by id (scenarios/ID.json) or by path: anything with a slash or a .json ending is a path. */
export function scenarioArg(idOrPath: string): Scenario {
  if (idOrPath.trim().length === 0) throw new CliError('--scenario is empty: give an id such as "default"');
  const isPath = /[\\/]/.test(idOrPath) || idOrPath.endsWith('.json');
  const path = isPath ? idOrPath : scenarioPath(idOrPath);
  if (!existsSync(path))
    throw new CliError(
      isPath ? `no scenario file ${path}` : `no scenario "${idOrPath}" (looked for ${path})`,
    );
  if (!statSync(path).isFile()) throw new CliError(`the scenario ${path} is not a file`);
  return parseScenarioText(readFileSync(path, 'utf8'), path);
}

/** Loads a plan; a PlanError gets the file's name in front of its problems. */
export function planArg(path: string, scenario: Scenario): Plan {
  if (existsSync(path) && !statSync(path).isFile()) throw new CliError(`the plan ${path} is not a file`);
  try {
    return loadPlan(path, scenario);
  } catch (e) {
    if (e instanceof PlanError)
      throw new CliError(
        `plan ${path} does not fit scenario "${scenario.id}":\n${indent(e.problems.map(String))}`,
      );
    throw e;
  }
}

const MAX_PROBLEMS = 12;

function indent(lines: string[]): string {
  const shown = lines.slice(0, MAX_PROBLEMS).map((l) => `  ${l}`);
  if (lines.length > MAX_PROBLEMS) shown.push(`  ... and ${lines.length - MAX_PROBLEMS} more`);
  return shown.join('\n');
}

/** The one message a failure gets: the known errors of the sim and the tools, else the bare message. */
export function errorMessage(e: unknown): string {
  if (e instanceof CliError) return e.message;
  if (e instanceof ScenarioError)
    return `${e.source} is not a valid scenario:\n${indent(e.problems.map((p) => `${p.path}: ${p.message}`))}`;
  if (e instanceof PlanError) return `the plan does not fit the scenario:\n${indent(e.problems)}`;
  if (e instanceof GameError) return `the game cannot be played: ${e.message}`;
  if (e instanceof Error) {
    // File system errors carry a code and a readable message; anything else is a bug worth naming.
    const code = (e as NodeJS.ErrnoException).code;
    return code ? e.message : `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}`;
  }
  return String(e);
}

/**
 * Runs a command's main function: prints --help, and reports any error on stderr with exit code 1 (2 for
 * a usage problem). Sets process.exitCode rather than calling process.exit, so piped output is not cut.
 */
export async function runCli(
  command: string,
  help: string,
  main: (argv: string[]) => void | Promise<void>,
): Promise<void> {
  // Piping into `head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(help);
    return;
  }
  try {
    await main(argv);
  } catch (e) {
    const usage = e instanceof CliError && e.usage;
    process.stderr.write(
      `${command}: ${errorMessage(e)}\n${usage ? `Run "npm run ${command} -- --help" for the options.\n` : ''}`,
    );
    process.exitCode = usage ? 2 : 1;
  }
}

/** Writes lines to stdout in one piece. */
export function print(...lines: string[]): void {
  process.stdout.write(`${lines.join('\n')}\n`);
}
