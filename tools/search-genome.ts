// The search's representation of a whole plan: the objective, every quarter's approach, voice,
// governance and KPI set, when each move joins the plan runner's queue, and one answer per event. Genomes
// are turned into ordinary plan files (src/sim/plan.ts plays them), built at random, taken from a plan,
// mutated and crossed. KPI sets are kept to what the sim allows (keepAllowed in src/sim/options.ts);
// moves need no repair here, since the plan runner keeps a move waiting until the sim allows it.
import {
  type GameContext,
  initialState,
  keepAllowed,
  type Plan,
  type PlanChoices,
  type Scenario,
  type TurnDecision,
} from '../src/sim';
import { nextFloat, nextInt, type RngState } from '../src/sim/rng';

export interface TurnGenes {
  approach: number;
  voice: number;
  governance: number;
  /** KPI indices, in the order listed. */
  measure: number[];
}

export interface Genome {
  objective: number;
  turns: TurnGenes[];
  /** Moves in queue order: each joins the queue in its turn (1-based). */
  moves: { move: number; turn: number }[];
  /** Per event that asks for an answer (Space.events), the index of the answer. */
  answers: number[];
}

/** The ids a genome's indices point to, and what it takes to keep KPI sets legal. */
export interface Space {
  scenario: Scenario;
  turns: number;
  objectives: string[];
  approaches: string[];
  voices: string[];
  governances: string[];
  kpis: string[];
  moves: string[];
  /** Events with answers, and their answer ids. */
  events: { id: string; answers: string[] }[];
  /** For the sim's verdict on a KPI set: a context and a state (the KPI rules do not depend on it). */
  ctx: GameContext;
  start: ReturnType<typeof initialState>;
}

export function searchSpace(scenario: Scenario, turns: number): Space {
  const ctx: GameContext = { scenario, objective: scenario.objectives[0]!.id, setup: {} };
  return {
    scenario,
    turns,
    objectives: scenario.objectives.map((o) => o.id),
    approaches: scenario.approaches.map((o) => o.id),
    voices: scenario.voices.map((o) => o.id),
    governances: scenario.governances.map((o) => o.id),
    kpis: scenario.measure.kpis.map((k) => k.id),
    moves: scenario.moves.map((m) => m.id),
    events: scenario.events
      .filter((e) => e.responses.length > 0)
      .map((e) => ({ id: e.id, answers: e.responses.map((r) => r.id) })),
    ctx,
    start: initialState(ctx, 'search-space'),
  };
}

/** The KPI indices the sim allows as a dashboard, in the order wanted (a refused one is dropped). */
export function legalMeasure(space: Space, wanted: readonly number[]): number[] {
  const d: TurnDecision = { approach: '', voice: '', governance: '', measure: [], moves: [] };
  const ids = wanted.map((i) => space.kpis[i]!);
  return keepAllowed(space.ctx, space.start, d, 'measure', ids).draft.measure.map((id) =>
    space.kpis.indexOf(id),
  );
}

const chance = (rng: RngState, p: number) => nextFloat(rng) < p;

function randomMeasure(space: Space, rng: RngState): number[] {
  const size = 1 + nextInt(rng, space.kpis.length);
  const picked: number[] = [];
  for (let i = 0; i < size; i++) picked.push(nextInt(rng, space.kpis.length));
  return legalMeasure(space, picked);
}

/** A random plan whose choices come in runs (people seldom change everything every quarter). */
export function randomGenome(space: Space, rng: RngState): Genome {
  const turns: TurnGenes[] = [];
  for (let t = 0; t < space.turns; t++) {
    const prev = turns[t - 1];
    const keep = (p: number) => prev !== undefined && chance(rng, p);
    turns.push({
      approach: keep(0.75) ? prev!.approach : nextInt(rng, space.approaches.length),
      voice: keep(0.8) ? prev!.voice : nextInt(rng, space.voices.length),
      governance: keep(0.85) ? prev!.governance : nextInt(rng, space.governances.length),
      measure: keep(0.75) ? [...prev!.measure] : randomMeasure(space, rng),
    });
  }
  const moves = space.moves
    .map((_, move) => ({ move, turn: 1 + nextInt(rng, space.turns), keep: chance(rng, 0.7) }))
    .filter((m) => m.keep)
    .map(({ move, turn }) => ({ move, turn }));
  return {
    objective: nextInt(rng, space.objectives.length),
    turns,
    moves: sortMoves(moves),
    answers: space.events.map((e) => nextInt(rng, e.answers.length)),
  };
}

/** Queue order: by turn, ties in the order given. */
function sortMoves(moves: Genome['moves']): Genome['moves'] {
  return moves
    .map((m, i) => ({ m, i }))
    .sort((a, b) => a.m.turn - b.m.turn || a.i - b.i)
    .map((x) => x.m);
}

/** The genome of a plan file, as the plan runner would play it (defaults filled in, turn by turn). */
export function genomeOf(space: Space, plan: Plan): Genome {
  const s = space.scenario;
  let governance = s.start.governance;
  const turns: TurnGenes[] = [];
  for (let t = 1; t <= space.turns; t++) {
    const over = plan.turns?.[String(t)];
    const every = plan.every_turn;
    governance = over?.governance ?? every?.governance ?? governance;
    const measure = (over?.measure ?? every?.measure ?? []).map((k) => space.kpis.indexOf(k));
    turns.push({
      approach: space.approaches.indexOf(over?.approach ?? every?.approach ?? space.approaches[0]!),
      voice: space.voices.indexOf(over?.voice ?? every?.voice ?? space.voices[0]!),
      governance: space.governances.indexOf(governance),
      measure: legalMeasure(space, measure),
    });
  }
  const moves: Genome['moves'] = [];
  const listed = Object.entries(plan.moves ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  for (const [turn, ids] of listed)
    for (const id of ids) {
      const move = space.moves.indexOf(id);
      if (!moves.some((m) => m.move === move))
        moves.push({ move, turn: Math.min(Number(turn), space.turns) });
    }
  const event = (e: Space['events'][number]) => s.events.find((x) => x.id === e.id)!;
  return {
    objective: plan.objective ? space.objectives.indexOf(plan.objective) : 0,
    turns,
    moves: sortMoves(moves),
    answers: space.events.map((e) =>
      e.answers.indexOf(plan.responses?.[e.id] ?? event(e).defaultResponse ?? e.answers[0]!),
    ),
  };
}

const measureKey = (space: Space, m: readonly number[]) => m.map((k) => space.kpis[k]).join(',');

/** The most common value of a list (the first one seen among equals). */
function mode<T>(values: readonly T[], key: (v: T) => string): T {
  const counts = new Map<string, { value: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { value: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best!.value;
}

/**
 * The plan file of a genome, short to read: `every_turn` holds each choice's most common value and
 * `turns` only the quarters that differ from it.
 */
export function planOf(space: Space, g: Genome, name: string, description?: string): Plan {
  const approach = mode(
    g.turns.map((t) => t.approach),
    String,
  );
  const voice = mode(
    g.turns.map((t) => t.voice),
    String,
  );
  const governance = mode(
    g.turns.map((t) => t.governance),
    String,
  );
  const measure = mode(
    g.turns.map((t) => t.measure),
    (m) => measureKey(space, m),
  );
  const turns: Record<string, PlanChoices> = {};
  g.turns.forEach((t, i) => {
    const c: PlanChoices = {};
    if (t.approach !== approach) c.approach = space.approaches[t.approach]!;
    if (t.voice !== voice) c.voice = space.voices[t.voice]!;
    if (t.governance !== governance) c.governance = space.governances[t.governance]!;
    if (measureKey(space, t.measure) !== measureKey(space, measure))
      c.measure = t.measure.map((k) => space.kpis[k]!);
    if (Object.keys(c).length > 0) turns[String(i + 1)] = c;
  });
  const moves: Record<string, string[]> = {};
  for (const m of g.moves) {
    const key = String(m.turn);
    moves[key] = [...(moves[key] ?? []), space.moves[m.move]!];
  }
  const plan: Plan & { description?: string } = { name };
  if (description) plan.description = description;
  Object.assign(plan, {
    objective: space.objectives[g.objective]!,
    every_turn: {
      approach: space.approaches[approach]!,
      voice: space.voices[voice]!,
      governance: space.governances[governance]!,
      measure: measure.map((k) => space.kpis[k]!),
    },
  });
  if (Object.keys(turns).length > 0) plan.turns = turns;
  plan.responses = Object.fromEntries(space.events.map((e, i) => [e.id, e.answers[g.answers[i]!]!]));
  if (Object.keys(moves).length > 0) plan.moves = moves;
  return plan;
}

/** A text that is equal for two genomes exactly when they make the same plan. */
export function genomeKey(g: Genome): string {
  return JSON.stringify(g);
}

const clone = (g: Genome): Genome => ({
  objective: g.objective,
  turns: g.turns.map((t) => ({ ...t, measure: [...t.measure] })),
  moves: g.moves.map((m) => ({ ...m })),
  answers: [...g.answers],
});

type Field = 'approach' | 'voice' | 'governance';
const FIELDS: Field[] = ['approach', 'voice', 'governance'];

/** One to three random changes: a quarter's choice, a run of quarters, a KPI, a move, an answer. */
export function mutate(space: Space, g0: Genome, rng: RngState): Genome {
  const g = clone(g0);
  const count = 1 + nextInt(rng, 3);
  const sizes: Record<Field, number> = {
    approach: space.approaches.length,
    voice: space.voices.length,
    governance: space.governances.length,
  };
  for (let i = 0; i < count; i++) {
    const op = nextInt(rng, 100);
    const t = nextInt(rng, space.turns);
    if (op < 18) {
      const f = FIELDS[nextInt(rng, FIELDS.length)]!;
      g.turns[t]![f] = nextInt(rng, sizes[f]);
    } else if (op < 36) {
      // A run: from turn t to a later one, one value (for example continuity from quarter 3 on).
      const f = FIELDS[nextInt(rng, FIELDS.length)]!;
      const end = t + nextInt(rng, space.turns - t);
      const value = nextInt(rng, sizes[f]);
      for (let k = t; k <= end; k++) g.turns[k]![f] = value;
    } else if (op < 52) {
      const m = g.turns[t]!.measure;
      const k = nextInt(rng, space.kpis.length);
      const next = m.includes(k) ? m.filter((x) => x !== k) : [...m, k];
      // A full dashboard swaps its first KPI for the new one.
      g.turns[t]!.measure = legalMeasure(space, next).length === next.length ? next : [...m.slice(1), k];
    } else if (op < 62) {
      // The same KPI set over a run of quarters.
      const end = t + nextInt(rng, space.turns - t);
      for (let k = t; k <= end; k++) g.turns[k]!.measure = [...g.turns[t]!.measure];
    } else if (op < 80) {
      const move = nextInt(rng, space.moves.length);
      const at = g.moves.findIndex((m) => m.move === move);
      if (at < 0) g.moves.push({ move, turn: 1 + t });
      else if (chance(rng, 0.25)) g.moves.splice(at, 1);
      else g.moves[at]!.turn = Math.max(1, Math.min(space.turns, g.moves[at]!.turn + nextInt(rng, 7) - 3));
      g.moves = sortMoves(g.moves);
    } else if (op < 95) {
      if (space.events.length > 0) {
        const e = nextInt(rng, space.events.length);
        g.answers[e] = nextInt(rng, space.events[e]!.answers.length);
      }
    } else {
      g.objective = nextInt(rng, space.objectives.length);
    }
  }
  return g;
}

/** A child of two plans: one cut along the quarters per choice, each move and answer from either parent. */
export function crossover(space: Space, a: Genome, b: Genome, rng: RngState): Genome {
  const g = clone(a);
  if (chance(rng, 0.5)) g.objective = b.objective;
  for (const f of [...FIELDS, 'measure'] as const) {
    const cut = nextInt(rng, space.turns + 1);
    for (let t = cut; t < space.turns; t++)
      if (f === 'measure') g.turns[t]!.measure = [...b.turns[t]!.measure];
      else g.turns[t]![f] = b.turns[t]![f];
  }
  const moves: Genome['moves'] = [];
  for (let move = 0; move < space.moves.length; move++) {
    const from = chance(rng, 0.5) ? a : b;
    const m = from.moves.find((x) => x.move === move);
    if (m) moves.push({ ...m });
  }
  g.moves = sortMoves(moves);
  g.answers = a.answers.map((x, i) => (chance(rng, 0.5) ? x : b.answers[i]!));
  return g;
}
