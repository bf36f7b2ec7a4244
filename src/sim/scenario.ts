// Loading a scenario file: schema validation (every problem at once, each with its JSON path), then the
// cross-references a schema cannot see (an id that names a missing option, a duplicate id), then what
// would make the game unplayable (scenario-checks.ts).

import { playabilityProblems, protoKeyProblems } from './scenario-checks';
import { type Scenario, scenarioSchema } from './scenario-schema';
import type { z } from './zod';

export interface ScenarioProblem {
  /** JSON path in the file, like $.events[3].responses[0].id */
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  constructor(
    readonly problems: ScenarioProblem[],
    readonly source = 'scenario',
  ) {
    super(
      `${source} is not a valid scenario:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
    this.name = 'ScenarioError';
  }
}

export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

function zodProblems(error: z.ZodError): ScenarioProblem[] {
  return error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

function crossCheck(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const unique = (list: { id: string }[], at: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id))
        problems.push({ path: `$.${at}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  };
  unique(s.objectives, 'objectives');
  unique(s.approaches, 'approaches');
  unique(s.voices, 'voices');
  unique(s.governances, 'governances');
  unique(s.moves, 'moves');
  unique(s.events, 'events');
  unique(s.measure.kpis, 'measure.kpis');
  const moveIds = new Set(s.moves.map((m) => m.id));
  const kpiIds = new Set<string>(s.measure.kpis.map((k) => k.id));
  if (!s.governances.some((g) => g.id === s.start.governance))
    problems.push({
      path: '$.start.governance',
      message: `"${s.start.governance}" is not one of $.governances`,
    });
  s.moves.forEach((m, i) =>
    m.requires.forEach((r, j) => {
      if (!moveIds.has(r)) problems.push({ path: `$.moves[${i}].requires[${j}]`, message: `no move "${r}"` });
    }),
  );
  s.objectives.forEach((o, i) =>
    o.alignedKpis.forEach((k, j) => {
      if (!kpiIds.has(k))
        problems.push({
          path: `$.objectives[${i}].alignedKpis[${j}]`,
          message: `"${k}" is not in $.measure.kpis`,
        });
    }),
  );
  s.phases.forEach((p, i) => {
    const expected = ['experimentation', 'social-marketing', 'social-business'][i];
    if (p.id !== expected) problems.push({ path: `$.phases[${i}].id`, message: `expected "${expected}"` });
    if (i === 0 && p.gate !== null)
      problems.push({ path: `$.phases[0].gate`, message: 'the first phase has no gate' });
    if (i > 0 && p.gate === null) problems.push({ path: `$.phases[${i}].gate`, message: 'expected a gate' });
    for (const key of ['movesAny', 'movesAll'] as const)
      p.gate?.[key].forEach((m, j) => {
        if (!moveIds.has(m))
          problems.push({ path: `$.phases[${i}].gate.${key}[${j}]`, message: `no move "${m}"` });
      });
  });
  s.events.forEach((e, i) => {
    const ids = e.responses.map((r) => r.id);
    if (new Set(ids).size !== ids.length)
      problems.push({ path: `$.events[${i}].responses`, message: 'duplicate response id' });
    if (e.responses.length > 0 && !e.defaultResponse)
      problems.push({
        path: `$.events[${i}].defaultResponse`,
        message: 'an event with responses needs a default',
      });
    if (e.defaultResponse && !ids.includes(e.defaultResponse))
      problems.push({
        path: `$.events[${i}].defaultResponse`,
        message: `"${e.defaultResponse}" is not a response`,
      });
    // Choices named by the event and its answers must exist: "voice: broadcast" and the like.
    const options = (choice: 'approach' | 'voice' | 'governance') =>
      (choice === 'approach' ? s.approaches : choice === 'voice' ? s.voices : s.governances).map((o) => o.id);
    const checkChoice = (
      path: string,
      c: { choice: 'approach' | 'voice' | 'governance'; option: string },
    ) => {
      if (!options(c.choice).includes(c.option))
        problems.push({ path, message: `"${c.option}" is not a ${c.choice} option` });
    };
    e.favouredBy?.forEach((f, j) => checkChoice(`$.events[${i}].favouredBy[${j}].option`, f));
    e.responses.forEach((r, j) =>
      r.clashes?.forEach((c, k) => checkChoice(`$.events[${i}].responses[${j}].clashes[${k}].option`, c)),
    );
    if (e.when?.governance && !s.governances.some((g) => g.id === e.when!.governance))
      problems.push({
        path: `$.events[${i}].when.governance`,
        message: `no governance "${e.when.governance}"`,
      });
    for (const key of ['held', 'missing'] as const)
      e.when?.[key]?.forEach((m, j) => {
        if (!moveIds.has(m))
          problems.push({ path: `$.events[${i}].when.${key}[${j}]`, message: `no move "${m}"` });
      });
  });
  if (!s.events.some((e) => e.weight > 0))
    problems.push({ path: '$.events', message: 'no event has a weight' });
  return problems;
}

/** Validates parsed JSON as a scenario; throws ScenarioError listing every problem with its path. */
export function parseScenario(json: unknown, source = 'scenario'): Scenario {
  const result = scenarioSchema.safeParse(json);
  const protoKeys = protoKeyProblems(json);
  if (!result.success) throw new ScenarioError([...protoKeys, ...zodProblems(result.error)], source);
  const problems = [...protoKeys, ...crossCheck(result.data), ...playabilityProblems(result.data)];
  if (problems.length > 0) throw new ScenarioError(problems, source);
  // Which schema an editor used says nothing about the scenario: keep it out of the content hash.
  const { $schema: _editorSchema, ...scenario } = result.data;
  return scenario;
}

/**
 * Parses a scenario file's text; a JSON syntax error is reported like any other problem. A UTF-8 byte
 * order mark, which some editors on Windows write, is skipped.
 */
export function parseScenarioText(text: string, source = 'scenario'): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    throw new ScenarioError(
      [{ path: '$', message: `not valid JSON: ${whereInText(text, e as Error)}` }],
      source,
    );
  }
  return parseScenario(json, source);
}

/** A JSON syntax error's message, with the line and column its character position points to. */
function whereInText(text: string, e: Error): string {
  const at = /at position ([0-9]+)/.exec(e.message);
  if (!at || /line [0-9]+/.test(e.message)) return e.message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${e.message} (line ${line}, column ${column})`;
}
