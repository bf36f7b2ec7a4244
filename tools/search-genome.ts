// The search's representation of a whole plan, in the layers a plan file has: standing choices
// (every_turn), choices per phase where the plan format has them, quarters that differ (turns), when
// each move joins the plan runner's queue, and one answer per event. Genomes
// are turned into ordinary plan files (src/sim/plan.ts plays them), built at random, taken from a plan,
// mutated and crossed. KPI sets are kept to what the sim allows (keepAllowed in src/sim/options.ts);
// moves need no repair here, since the plan runner keeps a move waiting until the sim allows it.
import {
  type GameContext,
  initialState,
  keepAllowed,
  type Plan,
  type PlanChoices,
  PlanError,
  parsePlan,
  type Scenario,
  type TurnDecision,
} from '../src/sim';
import { nextFloat, nextInt, type RngState } from '../src/sim/rng';

/** Choices at one layer of a plan; null where this layer says nothing (a lower layer decides). */
export interface Choices {
  approach: number | null;
  voice: number | null;
  governance: number | null;
  /** KPI indices, in the order listed. */
  measure: number[] | null;
}

export interface Genome {
  objective: number;
  /** `every_turn`: approach, voice and KPIs always set; governance null keeps the one in place. */
  every: Choices;
  /** `phases`: from the second phase on, choices for the quarters decided in that phase (empty when
   * the plan format has no phase-keyed choices). */
  phases: Choices[];
  /** `turns`: per quarter, choices that override the others. */
  turns: Choices[];
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
  /** The phases a plan can key choices to (all but the first), or none when plans cannot. */
  phases: string[];
  /** For the sim's verdict on a KPI set: a context and a state (the KPI rules do not depend on it). */
  ctx: GameContext;
  start: ReturnType<typeof initialState>;
}

/** Whether the plan format takes choices keyed by phase (`phases`, with the model's v2 rules). */
function planPhases(scenario: Scenario): string[] {
  try {
    parsePlan({ name: 'probe', phases: {} }, scenario);
  } catch (e) {
    if (e instanceof PlanError) return [];
    throw e;
  }
  return scenario.phases.slice(1).map((p) => p.id);
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
    phases: planPhases(scenario),
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
const none = (): Choices => ({ approach: null, voice: null, governance: null, measure: null });

function randomMeasure(space: Space, rng: RngState): number[] {
  const size = 1 + nextInt(rng, space.kpis.length);
  const picked: number[] = [];
  for (let i = 0; i < size; i++) picked.push(nextInt(rng, space.kpis.length));
  return legalMeasure(space, picked);
}

type Field = keyof Choices;
const FIELDS: Field[] = ['approach', 'voice', 'governance', 'measure'];

function sizeOf(space: Space, f: Exclude<Field, 'measure'>): number {
  return f === 'approach'
    ? space.approaches.length
    : f === 'voice'
      ? space.voices.length
      : space.governances.length;
}

/** Sets a field of a layer to a random value. */
function randomize(space: Space, c: Choices, f: Field, rng: RngState): void {
  if (f === 'measure') c.measure = randomMeasure(space, rng);
  else c[f] = nextInt(rng, sizeOf(space, f));
}

/** A random plan: its standing choices, some per phase, a few quarters that differ. */
export function randomGenome(space: Space, rng: RngState): Genome {
  const every = none();
  for (const f of FIELDS) randomize(space, every, f, rng);
  const layer = (p: number) => {
    const c = none();
    for (const f of FIELDS) if (chance(rng, p)) randomize(space, c, f, rng);
    return c;
  };
  const phases = space.phases.map(() => layer(0.3));
  const turns = Array.from({ length: space.turns }, () => layer(0.06));
  const moves = space.moves
    .map((_, move) => ({ move, turn: 1 + nextInt(rng, space.turns), keep: chance(rng, 0.7) }))
    .filter((m) => m.keep)
    .map(({ move, turn }) => ({ move, turn }));
  return {
    objective: nextInt(rng, space.objectives.length),
    every,
    phases,
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

/** A plan's choices at one layer as indices (unknown ids cannot occur: the plan was parsed). */
function choicesOf(space: Space, c: PlanChoices | undefined): Choices {
  return {
    approach: c?.approach !== undefined ? space.approaches.indexOf(c.approach) : null,
    voice: c?.voice !== undefined ? space.voices.indexOf(c.voice) : null,
    governance: c?.governance !== undefined ? space.governances.indexOf(c.governance) : null,
    measure:
      c?.measure !== undefined
        ? legalMeasure(
            space,
            c.measure.map((k) => space.kpis.indexOf(k)),
          )
        : null,
  };
}

/**
 * A layer's choices as a plan writes them: only what it sets, and not what says again what the layer
 * below already says (`below`: the standing choices, for a field no phase changes).
 */
function planChoices(space: Space, c: Choices, below?: Choices): PlanChoices {
  const same = (f: Field) =>
    below !== undefined && below[f] !== null && JSON.stringify(below[f]) === JSON.stringify(c[f]);
  const out: PlanChoices = {};
  if (c.approach !== null && !same('approach')) out.approach = space.approaches[c.approach]!;
  if (c.voice !== null && !same('voice')) out.voice = space.voices[c.voice]!;
  if (c.governance !== null && !same('governance')) out.governance = space.governances[c.governance]!;
  if (c.measure !== null && !same('measure')) out.measure = c.measure.map((k) => space.kpis[k]!);
  return out;
}

/** The standing choices, with the fields some phase changes left out (a quarter cannot know its phase). */
function unchangedByPhases(g: Genome): Choices {
  const c = copy(g.every);
  const differs = (p: Choices, f: Field) =>
    p[f] !== null && JSON.stringify(p[f]) !== JSON.stringify(g.every[f]);
  for (const f of FIELDS) if (g.phases.some((p) => differs(p, f))) c[f] = null;
  return c;
}

/** The genome of a plan file: the same layers, so the plan it makes plays exactly like this one. */
export function genomeOf(space: Space, plan: Plan): Genome {
  const s = space.scenario;
  const every = choicesOf(space, plan.every_turn);
  // What the plan runner plays when every_turn is silent, made explicit.
  every.approach ??= 0;
  every.voice ??= 0;
  every.measure ??= [];
  const byPhase = (plan as { phases?: Record<string, PlanChoices> }).phases;
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
    every,
    phases: space.phases.map((id) => choicesOf(space, byPhase?.[id])),
    turns: Array.from({ length: space.turns }, (_, t) => choicesOf(space, plan.turns?.[String(t + 1)])),
    moves: sortMoves(moves),
    answers: space.events.map((e) =>
      e.answers.indexOf(plan.responses?.[e.id] ?? event(e).defaultResponse ?? e.answers[0]!),
    ),
  };
}

/** The plan file of a genome: `every_turn`, then `phases` and `turns` where they set something. */
export function planOf(space: Space, g: Genome, name: string, description?: string): Plan {
  const plan: Plan & { description?: string; phases?: Record<string, PlanChoices> } = { name };
  if (description) plan.description = description;
  plan.objective = space.objectives[g.objective]!;
  plan.every_turn = planChoices(space, g.every);
  const phases: Record<string, PlanChoices> = {};
  g.phases.forEach((c, i) => {
    const choices = planChoices(space, c, g.every);
    if (Object.keys(choices).length > 0) phases[space.phases[i]!] = choices;
  });
  if (Object.keys(phases).length > 0) plan.phases = phases;
  const turns: Record<string, PlanChoices> = {};
  const standing = unchangedByPhases(g);
  g.turns.forEach((c, i) => {
    const choices = planChoices(space, c, standing);
    if (Object.keys(choices).length > 0) turns[String(i + 1)] = choices;
  });
  if (Object.keys(turns).length > 0) plan.turns = turns;
  plan.responses = Object.fromEntries(space.events.map((e, i) => [e.id, e.answers[g.answers[i]!]!]));
  const moves: Record<string, string[]> = {};
  for (const m of g.moves) {
    const key = String(m.turn);
    moves[key] = [...(moves[key] ?? []), space.moves[m.move]!];
  }
  if (Object.keys(moves).length > 0) plan.moves = moves;
  return plan;
}

/** A text that is equal for two genomes exactly when they make the same plan file. */
export function genomeKey(space: Space, g: Genome): string {
  return JSON.stringify(planOf(space, g, ''));
}

const copy = (c: Choices): Choices => ({ ...c, measure: c.measure ? [...c.measure] : null });
const clone = (g: Genome): Genome => ({
  objective: g.objective,
  every: copy(g.every),
  phases: g.phases.map(copy),
  turns: g.turns.map(copy),
  moves: g.moves.map((m) => ({ ...m })),
  answers: [...g.answers],
});

/** Copies one field from a layer to another. */
function take(to: Choices, from: Choices, f: Field): void {
  if (f === 'measure') to.measure = from.measure ? [...from.measure] : null;
  else to[f] = from[f];
}

/** Adds or removes one KPI of a layer's dashboard; a full one swaps its first KPI for the new one. */
function toggleKpi(space: Space, c: Choices, rng: RngState): void {
  const m = c.measure ?? [];
  const k = nextInt(rng, space.kpis.length);
  const next = m.includes(k) ? m.filter((x) => x !== k) : [...m, k];
  c.measure = legalMeasure(space, next).length === next.length ? next : [...m.slice(1), k];
}

/** One to three random changes to any layer, a move, an answer or (rarely) the objective. */
export function mutate(space: Space, g0: Genome, rng: RngState): Genome {
  const g = clone(g0);
  const count = 1 + nextInt(rng, 3);
  for (let i = 0; i < count; i++) {
    const op = nextInt(rng, 100);
    const f = FIELDS[nextInt(rng, FIELDS.length)]!;
    const t = nextInt(rng, space.turns);
    if (op < 14) {
      // A standing choice: what most quarters do.
      if (f === 'measure') toggleKpi(space, g.every, rng);
      else if (f === 'governance' && g.every.governance !== null && chance(rng, 0.2))
        g.every.governance = null;
      else randomize(space, g.every, f, rng);
    } else if (op < 30 && g.phases.length > 0) {
      const c = g.phases[nextInt(rng, g.phases.length)]!;
      if (c[f] !== null && chance(rng, 0.3)) c[f] = null;
      else if (f === 'measure' && c.measure !== null) toggleKpi(space, c, rng);
      else randomize(space, c, f, rng);
    } else if (op < 44) {
      // One quarter differs, or stops differing.
      const c = g.turns[t]!;
      if (c[f] !== null && chance(rng, 0.4)) c[f] = null;
      else if (f === 'measure' && c.measure !== null) toggleKpi(space, c, rng);
      else randomize(space, c, f, rng);
    } else if (op < 54) {
      // A run of quarters with one value (for example a campaign in the first two), or back to the rest.
      const end = t + nextInt(rng, Math.min(4, space.turns - t));
      const value = none();
      if (chance(rng, 0.7)) randomize(space, value, f, rng);
      for (let k = t; k <= end; k++) take(g.turns[k]!, value, f);
    } else if (op < 74) {
      const move = nextInt(rng, space.moves.length);
      const at = g.moves.findIndex((m) => m.move === move);
      if (at < 0) g.moves.push({ move, turn: 1 + t });
      else if (chance(rng, 0.25)) g.moves.splice(at, 1);
      else g.moves[at]!.turn = Math.max(1, Math.min(space.turns, g.moves[at]!.turn + nextInt(rng, 7) - 3));
      g.moves = sortMoves(g.moves);
    } else if (op < 94) {
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

/** A child of two plans: each standing and phase choice from either parent, the quarters cut at one
 * point per choice, each move and answer from either parent. */
export function crossover(space: Space, a: Genome, b: Genome, rng: RngState): Genome {
  const g = clone(a);
  if (chance(rng, 0.5)) g.objective = b.objective;
  for (const f of FIELDS) {
    if (chance(rng, 0.5)) take(g.every, b.every, f);
    g.phases.forEach((c, i) => {
      if (chance(rng, 0.5)) take(c, b.phases[i]!, f);
    });
    const cut = nextInt(rng, space.turns + 1);
    for (let t = cut; t < space.turns; t++) take(g.turns[t]!, b.turns[t]!, f);
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
