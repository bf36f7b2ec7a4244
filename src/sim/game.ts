// A game is {scenario id + content hash, seed, setup, objective, turns[]}; its states are the fold of
// step over the turns. Play, replay, what-ifs, saves and result codes all go through replay().
import { toFixed } from './fixed';
import { scenarioHash } from './hash';
import { trueKpis } from './kpis';
import { lookup } from './lookup';
import { readDashboard } from './management';
import { seedRng } from './rng';
import type { Scenario } from './scenario-schema';
import { drawEvent, type GameContext, step } from './step';
import type { GameRecord, GameSetup, SimState, TurnDecision, TurnRecord, Vars } from './types';
import { validateDecision } from './validate';

export class GameError extends Error {
  constructor(
    message: string,
    readonly problems: { field: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'GameError';
  }
}

export function contextOf(scenario: Scenario, game: Pick<GameRecord, 'objective' | 'setup'>): GameContext {
  return { scenario, objective: game.objective, setup: game.setup };
}

/** Checks setup and objective; throws GameError naming the problem. */
export function checkGameSetup(scenario: Scenario, objective: string, setup: GameSetup): void {
  const L = lookup(scenario);
  if (!L.objective.has(objective))
    throw new GameError(
      `unknown objective "${objective}": expected one of ${[...L.objective.keys()].join(', ')}`,
    );
  if (setup.turns !== undefined && (!Number.isInteger(setup.turns) || setup.turns < 1 || setup.turns > 24))
    throw new GameError(`turns must be a whole number from 1 to 24, got ${setup.turns}`);
  for (const [turn, id] of Object.entries(setup.fixedEvents ?? {})) {
    if (!/^[1-9][0-9]*$/.test(turn)) throw new GameError(`fixed event turn "${turn}" is not a turn number`);
    if (!L.event.has(id))
      throw new GameError(`fixed event "${id}" in turn ${turn} is not an event of this scenario`);
    const last = setup.turns ?? scenario.turns;
    if (Number(turn) > last)
      throw new GameError(`the event fixed in turn ${turn} comes after the last turn (${last})`);
  }
}

export function newGame(
  scenario: Scenario,
  seed: string,
  objective: string,
  setup: GameSetup = {},
): GameRecord {
  if (typeof seed !== 'string' || seed.length === 0 || seed.length > 64)
    throw new GameError('the seed must be a text of 1 to 64 characters');
  checkGameSetup(scenario, objective, setup);
  return { scenario: { id: scenario.id, hash: scenarioHash(scenario) }, seed, setup, objective, turns: [] };
}

export function initialState(ctx: GameContext, seed: string): SimState {
  const { scenario } = ctx;
  const st = scenario.start;
  const vars: Vars = {
    trust: toFixed(st.trust),
    buyIn: toFixed(st.buyIn),
    community: toFixed(st.community),
    wordOfMouth: toFixed(st.wordOfMouth),
    participation: toFixed(st.participation),
    coherence: toFixed(st.coherence),
    paidReach: 0,
    expectation: 0,
    fragmentation: 0,
    competition: 0,
    followers: toFixed(st.followers),
    budget: toFixed(st.budget),
  };
  const t = scenario.tuning;
  const organic =
    Math.round(vars.community * t.organicFromCommunity) +
    Math.round(vars.wordOfMouth * t.organicFromWordOfMouth) +
    Math.round(vars.participation * t.organicFromParticipation);
  const rng = seedRng(seed);
  const voice = scenario.voices[0]!;
  const kpis = trueKpis(scenario, vars, organic, voice, []);
  const state: SimState = {
    turn: 0,
    phase: 0,
    ending: null,
    vars,
    reach: organic,
    organicReach: organic,
    governance: st.governance,
    moves: [],
    gateStreak: 0,
    kpis,
    dashboard: readDashboard(scenario, kpis, [], rng),
    pendingEvent: null,
    drawn: [],
    incidents: 0,
    vanityFatigue: 0,
    promise: null,
    rng,
  };
  state.pendingEvent = drawEvent(ctx, state, 1);
  if (state.pendingEvent) state.drawn = [state.pendingEvent];
  return state;
}

/** Plays one turn after checking the decision; throws GameError with every problem found. */
export function playTurn(ctx: GameContext, state: SimState, d: TurnDecision): TurnRecord {
  const problems = validateDecision(ctx, state, d);
  if (problems.length > 0)
    throw new GameError(
      `turn ${state.turn + 1}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      problems,
    );
  return step(ctx, state, d);
}

export interface Replay {
  initial: SimState;
  records: TurnRecord[];
  final: SimState;
}

/** Replays a whole game; the scenario must be the one the game was played with. */
export function replay(scenario: Scenario, game: GameRecord): Replay {
  if (game.scenario.id !== scenario.id)
    throw new GameError(`this game was played with scenario "${game.scenario.id}", not "${scenario.id}"`);
  if (game.scenario.hash !== scenarioHash(scenario))
    throw new GameError(`this game was played with another version of scenario "${scenario.id}"`);
  checkGameSetup(scenario, game.objective, game.setup);
  const ctx = contextOf(scenario, game);
  const initial = initialState(ctx, game.seed);
  const records: TurnRecord[] = [];
  let state = initial;
  for (const d of game.turns) {
    const record = playTurn(ctx, state, d);
    records.push(record);
    state = record.state;
  }
  return { initial, records, final: state };
}
