// Plans: a scripted way to play, for the headless runner, the balance lab, the lesson tests and the
// debrief's reference games. A plan says what to choose every turn, per turn overrides, event responses
// and when to make organisational moves. Where it is silent, the defaults documented in docs/model.md apply.
import { initialState, newGame } from './game';
import { lookup } from './lookup';
import { addMoveBlocks, fallbackResponse } from './options';
import type { Scenario } from './scenario-schema';
import { type GameContext, step } from './step';
import type { GameRecord, GameSetup, SimState, TurnDecision, TurnRecord } from './types';

export interface PlanChoices {
  approach?: string;
  voice?: string;
  governance?: string;
  measure?: string[];
}

export interface Plan {
  name: string;
  objective?: string;
  every_turn?: PlanChoices;
  /** Choices from a phase on, by phase id: a dashboard that follows the phase, a new voice for a launch. */
  phases?: Record<string, PlanChoices>;
  turns?: Record<string, PlanChoices>;
  responses?: Record<string, string>;
  moves?: Record<string, string[]>;
}

export class PlanError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid plan:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PlanError';
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a parsed plan file against a scenario; throws PlanError naming each bad path. */
export function parsePlan(json: unknown, scenario: Scenario): Plan {
  const L = lookup(scenario);
  const problems: string[] = [];
  if (!isRecord(json)) throw new PlanError(['plan: expected a JSON object']);
  const known = ['name', 'objective', 'every_turn', 'phases', 'turns', 'responses', 'moves', 'description'];
  for (const key of Object.keys(json)) if (!known.includes(key)) problems.push(`plan.${key}: unknown field`);
  if (typeof json.name !== 'string' || json.name.length === 0)
    problems.push('plan.name: expected a non-empty text');
  const oneOf = (path: string, value: unknown, ids: Iterable<string>) => {
    const list = [...ids];
    if (typeof value !== 'string' || !list.includes(value))
      problems.push(`${path}: ${JSON.stringify(value)} is not one of ${list.join(', ')}`);
  };
  if (json.objective !== undefined) oneOf('plan.objective', json.objective, L.objective.keys());
  const checkChoices = (path: string, c: unknown) => {
    if (!isRecord(c)) return problems.push(`${path}: expected an object`);
    for (const [key, value] of Object.entries(c)) {
      if (key === 'approach') oneOf(`${path}.approach`, value, L.approach.keys());
      else if (key === 'voice') oneOf(`${path}.voice`, value, L.voice.keys());
      else if (key === 'governance') oneOf(`${path}.governance`, value, L.governance.keys());
      else if (key === 'measure') {
        if (!Array.isArray(value)) problems.push(`${path}.measure: expected a list of KPI ids`);
        else {
          value.forEach((k, i) => oneOf(`${path}.measure[${i}]`, k, L.kpi.keys()));
          if (value.length > scenario.measure.max)
            problems.push(`${path}.measure: at most ${scenario.measure.max} KPIs, got ${value.length}`);
        }
      } else problems.push(`${path}.${key}: unknown decision`);
    }
  };
  if (json.every_turn !== undefined) checkChoices('plan.every_turn', json.every_turn);
  if (json.phases !== undefined) {
    if (!isRecord(json.phases)) problems.push('plan.phases: expected an object keyed by phase id');
    else
      for (const [phase, c] of Object.entries(json.phases)) {
        if (!scenario.phases.some((p) => p.id === phase))
          oneOf(
            `plan.phases.${phase}`,
            phase,
            scenario.phases.map((p) => p.id),
          );
        else checkChoices(`plan.phases.${phase}`, c);
      }
  }
  const checkTurnKeys = (path: string, value: unknown, each: (p: string, v: unknown) => void) => {
    if (value === undefined) return;
    if (!isRecord(value)) return problems.push(`${path}: expected an object keyed by turn number`);
    for (const [turn, v] of Object.entries(value)) {
      if (!/^[1-9][0-9]*$/.test(turn)) problems.push(`${path}.${turn}: "${turn}" is not a turn number`);
      each(`${path}.${turn}`, v);
    }
  };
  checkTurnKeys('plan.turns', json.turns, checkChoices);
  checkTurnKeys('plan.moves', json.moves, (path, v) => {
    if (!Array.isArray(v)) return problems.push(`${path}: expected a list of move ids`);
    v.forEach((m, i) => oneOf(`${path}[${i}]`, m, L.move.keys()));
  });
  if (json.responses !== undefined) {
    if (!isRecord(json.responses)) problems.push('plan.responses: expected an object keyed by event id');
    else
      for (const [eventId, response] of Object.entries(json.responses)) {
        const event = L.event.get(eventId);
        if (!event) oneOf(`plan.responses.${eventId}`, eventId, L.event.keys());
        else
          oneOf(
            `plan.responses.${eventId}`,
            response,
            event.responses.map((r) => r.id),
          );
      }
  }
  if (problems.length > 0) throw new PlanError(problems);
  return json as unknown as Plan;
}

/** The objective a plan plays: its own, else the scenario's first. */
export function planObjective(plan: Plan, scenario: Scenario): string {
  return plan.objective ?? scenario.objectives[0]!.id;
}

/**
 * The decision a plan makes in a state. Moves wait in a queue from their turn on until the sim allows them
 * (options.ts: phase, requirements, the per-quarter limit, the budget after a governance change); one
 * already held leaves the queue. The answer is the plan's if the budget pays it, else the event's default,
 * else the cheapest affordable one.
 */
export function planDecision(ctx: GameContext, plan: Plan, state: SimState, queue: string[]): TurnDecision {
  const { scenario } = ctx;
  const key = String(state.turn + 1);
  const every = plan.every_turn;
  const over = plan.turns?.[key];
  const inPhase = plan.phases?.[scenario.phases[state.phase]!.id];
  const d: TurnDecision = {
    approach: over?.approach ?? inPhase?.approach ?? every?.approach ?? scenario.approaches[0]!.id,
    voice: over?.voice ?? inPhase?.voice ?? every?.voice ?? scenario.voices[0]!.id,
    governance: over?.governance ?? inPhase?.governance ?? every?.governance ?? state.governance,
    measure: [...(over?.measure ?? inPhase?.measure ?? every?.measure ?? [])],
    moves: [],
  };
  const due = plan.moves?.[key];
  if (due) for (const m of due) if (!queue.includes(m)) queue.push(m);
  for (const id of queue.length > 0 ? [...queue] : queue) {
    const blocks = addMoveBlocks(ctx, state, d, id);
    if (blocks.length === 0) d.moves.push(id);
    if (blocks.length === 0 || blocks.some((b) => b.reason === 'held')) queue.splice(queue.indexOf(id), 1);
  }
  const response = fallbackResponse(
    ctx,
    state,
    d,
    state.pendingEvent ? plan.responses?.[state.pendingEvent] : undefined,
  );
  if (response !== null) d.response = response;
  return d;
}

export interface PlayedPlan {
  game: GameRecord;
  initial: SimState;
  records: TurnRecord[];
  final: SimState;
}

/** Plays a plan to the end of the game (or its failure) on one seed. */
export function playPlan(
  scenario: Scenario,
  seed: string,
  plan: Plan,
  setup: GameSetup = {},
  options: { explain?: boolean } = {},
): PlayedPlan {
  const game = newGame(scenario, seed, planObjective(plan, scenario), setup);
  const ctx: GameContext = {
    scenario,
    objective: game.objective,
    setup: game.setup,
    explain: options.explain,
  };
  const initial = initialState(ctx, seed);
  const records: TurnRecord[] = [];
  const queue: string[] = [];
  let state = initial;
  while (!state.ending) {
    const d = planDecision(ctx, plan, state, queue);
    // planDecision asks the legality query for every choice, so the decision is not checked again
    // (tests/unit/plan-legal.test.ts replays random plans of every case with the check on).
    const record = step(ctx, state, d);
    game.turns.push(d);
    records.push(record);
    state = record.state;
  }
  return { game, initial, records, final: state };
}
