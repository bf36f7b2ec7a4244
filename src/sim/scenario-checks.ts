// What makes a well-formed scenario unplayable, found without playing it: requirements that loop or name
// their own move, an answer or a move no budget can pay, a default answer an empty budget cannot pay, an
// event that can only come after the last turn, a gate that no objective and no plan can ever meet. The
// loader refuses a file with any of them; `npm run scenario:check` lists them with the rest.
import type { ScenarioProblem } from './scenario';
import type { Gate, Scenario } from './scenario-schema';

/** Every check of this module, in the order of the file's sections. */
export function playabilityProblems(s: Scenario): ScenarioProblem[] {
  return [...requirementProblems(s), ...budgetProblems(s), ...eventTurnProblems(s), ...gateProblems(s)];
}

/** Own keys named __proto__ anywhere in parsed JSON: zod drops them silently inside records. */
export function protoKeyProblems(json: unknown, path = '$'): ScenarioProblem[] {
  if (json === null || typeof json !== 'object') return [];
  if (Array.isArray(json)) return json.flatMap((item, i) => protoKeyProblems(item, `${path}[${i}]`));
  const problems: ScenarioProblem[] = [];
  if (Object.hasOwn(json, '__proto__')) problems.push({ path, message: 'Unrecognized key: "__proto__"' });
  for (const [key, value] of Object.entries(json))
    problems.push(...protoKeyProblems(value, `${path}.${key}`));
  return problems;
}

function requirementProblems(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const index = new Map(s.moves.map((m, i) => [m.id, i]));
  s.moves.forEach((m, i) =>
    m.requires.forEach((r, j) => {
      if (r === m.id)
        problems.push({ path: `$.moves[${i}].requires[${j}]`, message: `"${r}" requires itself` });
    }),
  );
  // Depth-first search; each loop is reported once, at the requirement that closes it from its first move.
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    state.set(id, 'open');
    const i = index.get(id)!;
    for (const need of s.moves[i]!.requires) {
      if (need === id || !index.has(need)) continue;
      if (state.get(need) === 'open') {
        const loop = [...trail.slice(trail.indexOf(need)), id];
        const key = [...loop].sort().join(' ');
        if (reported.has(key)) continue;
        reported.add(key);
        // Start the message at the loop's move that comes first in the file, as an author reads it.
        const first = loop.reduce((a, b) => (index.get(a)! <= index.get(b)! ? a : b));
        const at = loop.indexOf(first);
        // Each move of the loop requires the next one; the last requires the first.
        const ordered = [...loop.slice(at), ...loop.slice(0, at)];
        const from = ordered[0]!;
        const to = ordered[1]!;
        const fi = index.get(from)!;
        problems.push({
          path: `$.moves[${fi}].requires[${s.moves[fi]!.requires.indexOf(to)}]`,
          message: `a cycle of requirements: ${[...ordered, from].join(' → ')}`,
        });
      } else if (!state.has(need)) visit(need, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const m of s.moves) if (!state.has(m.id)) visit(m.id, []);
  return problems;
}

/** The most a budget ever holds when a team decides: the start, or the cap every quarter ends within. */
export function budgetCeiling(s: Scenario): number {
  return Math.max(s.start.budget, s.tuning.budgetCap);
}

function budgetProblems(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const ceiling = budgetCeiling(s);
  const tooDear = (cost: number) =>
    `costs ${cost} but the budget never holds more than ${ceiling} (tuning.budgetCap, start.budget)`;
  s.moves.forEach((m, i) => {
    if (m.cost > ceiling) problems.push({ path: `$.moves[${i}].cost`, message: tooDear(m.cost) });
  });
  s.events.forEach((e, i) =>
    e.responses.forEach((r, j) => {
      const path = `$.events[${i}].responses[${j}].cost`;
      if (r.id === e.defaultResponse && r.cost > 0)
        problems.push({
          path,
          message: 'the default answer must be free: a team with an empty budget still has to answer',
        });
      else if (r.cost > ceiling) problems.push({ path, message: tooDear(r.cost) });
    }),
  );
  return problems;
}

function eventTurnProblems(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  s.events.forEach((e, i) => {
    if (e.minTurn > s.turns)
      problems.push({
        path: `$.events[${i}].minTurn`,
        message: `turn ${e.minTurn} comes after the last turn (${s.turns}): this event can never happen`,
      });
  });
  return problems;
}

/** Moves a team can come to hold while still in `phase`: allowed by then, their requirements too. */
function movesHeldBy(s: Scenario, phase: number): Set<string> {
  // A requirement that names no move is reported by the loader's cross-checks: do not report it twice.
  const known = new Set(s.moves.map((m) => m.id));
  const held = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const m of s.moves)
      if (!held.has(m.id) && m.minPhase <= phase && m.requires.every((r) => held.has(r) || !known.has(r))) {
        held.add(m.id);
        grew = true;
      }
  }
  return held;
}

function gateProblems(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  // The gate into phase i is checked during phase i - 1; report only the first gate that cannot be met.
  for (let i = 1; i < s.phases.length; i++) {
    const gate = s.phases[i]!.gate;
    if (!gate) continue;
    const found = unreachableGate(s, gate, movesHeldBy(s, i - 1), `$.phases[${i}].gate`, i);
    if (found.length > 0) {
      problems.push(...found);
      break;
    }
  }
  return problems;
}

function unreachableGate(
  s: Scenario,
  gate: Gate,
  reachable: Set<string>,
  path: string,
  phase: number,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const previous = s.phases[phase - 1]!.id;
  gate.movesAll.forEach((m, j) => {
    if (!reachable.has(m))
      problems.push({
        path: `${path}.movesAll[${j}]`,
        message: `"${m}" cannot be in place during ${previous} (its phase or its requirements come later)`,
      });
  });
  if (gate.movesAny.length > 0 && !gate.movesAny.some((m) => reachable.has(m)))
    problems.push({
      path: `${path}.movesAny`,
      message: `none of these moves can be in place during ${previous}`,
    });
  // Variables stop at 100; an objective's handicap raises every threshold but participation.
  const easiest = Math.min(...s.objectives.map((o) => o.gateHandicap));
  for (const key of ['buyIn', 'trust', 'valueKpi'] as const)
    if (gate[key] + easiest > 100)
      problems.push({
        path: `${path}.${key}`,
        message: `${gate[key]} plus the smallest objective handicap (${easiest}) is above 100: no objective can meet it`,
      });
  const canShowValue = s.objectives.some(
    (o) => o.alignedKpis.length > 0 || s.measure.kpis.some((k) => k.kind === 'goal'),
  );
  if (!canShowValue)
    problems.push({
      path: `${path}.valueKpi`,
      message: 'no objective has an aligned KPI and no KPI is a goal: value can never be shown',
    });
  return problems;
}
