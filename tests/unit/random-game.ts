// Random legal games for property tests: every choice is read from a tape of random numbers, and
// validateDecision keeps each turn legal (moves, responses and budget included).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  cleanSeed,
  contextOf,
  type GameRecord,
  type GameSetup,
  initialState,
  isCleanSeed,
  newGame,
  parsePlan,
  parseScenarioText,
  playPlan,
  playTurn,
  type Scenario,
  type SimState,
  type TurnDecision,
  validateDecision,
} from '../../src/sim';
import type { GameContext } from '../../src/sim/step';
import { referencePlanFiles } from '../../tools/load';

export const scenario: Scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'));

class Tape {
  private at = 0;
  constructor(private readonly numbers: readonly number[]) {}
  /** A number from 0 to n - 1. */
  pick(n: number): number {
    const value = this.numbers[this.at % this.numbers.length]! + Math.floor(this.at / this.numbers.length);
    this.at++;
    return value % n;
  }
  shuffled<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.pick(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

function randomDecision(ctx: GameContext, state: SimState, tape: Tape): TurnDecision | null {
  const s = ctx.scenario;
  const d: TurnDecision = {
    approach: s.approaches[tape.pick(s.approaches.length)]!.id,
    voice: s.voices[tape.pick(s.voices.length)]!.id,
    governance: s.governances[tape.pick(s.governances.length)]!.id,
    measure: tape.shuffled(s.measure.kpis.map((k) => k.id)).slice(0, tape.pick(s.measure.max + 1)),
    moves: [],
  };
  const event = state.pendingEvent ? s.events.find((e) => e.id === state.pendingEvent) : undefined;
  const responses = tape.shuffled(event?.responses.map((r) => r.id) ?? []);
  const legal = () => validateDecision(ctx, state, d).length === 0;
  // The first affordable response in a random order (or none when the event asks nothing).
  const chooseResponse = () => {
    if (responses.length === 0) return legal();
    for (const r of responses) {
      d.response = r;
      if (legal()) return true;
    }
    return false;
  };
  if (!chooseResponse()) return null;
  for (const move of tape.shuffled(s.moves.map((m) => m.id))) {
    if (d.moves.length >= s.maxMovesPerTurn || tape.pick(3) !== 0) continue;
    d.moves.push(move);
    if (!legal() && !chooseResponse()) {
      d.moves.pop();
      chooseResponse();
    }
  }
  return legal() ? d : null;
}

export interface RandomGameInput {
  seed: string;
  objective: number;
  setup: { turns: number | null; fixed: [number, number][] | null };
  maxTurns: number;
  tape: number[];
}

/** Plays random legal decisions until the game ends or maxTurns turns are played. */
export function playRandomGame(input: RandomGameInput): GameRecord {
  const setup: GameSetup = {};
  if (input.setup.turns !== null) setup.turns = input.setup.turns;
  // A fixed event after the last turn is refused by newGame: keep those within the game's length.
  const last = setup.turns ?? scenario.turns;
  if (input.setup.fixed !== null)
    setup.fixedEvents = Object.fromEntries(
      input.setup.fixed
        .filter(([turn]) => turn <= last)
        .map(([turn, e]) => [String(turn), scenario.events[e % scenario.events.length]!.id]),
    );
  const objective = scenario.objectives[input.objective % scenario.objectives.length]!.id;
  return playOnRandomly(newGame(scenario, input.seed, objective, setup), input.tape, input.maxTurns);
}

/** Plays random legal decisions after the game's own (a new game, or a branch) up to maxTurns turns. */
export function playOnRandomly(game: GameRecord, numbers: readonly number[], maxTurns = 24): GameRecord {
  const ctx = contextOf(scenario, game);
  const tape = new Tape(numbers);
  let state = initialState(ctx, game.seed);
  for (const d of game.turns) state = playTurn(ctx, state, d).state;
  while (!state.ending && game.turns.length < maxTurns) {
    const d = randomDecision(ctx, state, tape);
    if (!d) break;
    game.turns.push(d);
    state = playTurn(ctx, state, d).state;
  }
  return game;
}

/** Seeds: printable ASCII or any Unicode text, cleaned as every page cleans a seed (see cleanSeed). */
export const seedArb = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 24 }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }),
  )
  .map((s) => cleanSeed(s))
  .filter((s): s is string => s !== null);

export const gameInputArb: fc.Arbitrary<RandomGameInput> = fc.record({
  seed: seedArb,
  objective: fc.nat(),
  setup: fc.record({
    turns: fc.option(fc.integer({ min: 1, max: 24 })),
    fixed: fc.option(fc.array(fc.tuple(fc.integer({ min: 1, max: 24 }), fc.nat()), { maxLength: 3 })),
  }),
  maxTurns: fc.oneof(fc.constant(24), fc.integer({ min: 0, max: 24 })),
  tape: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 300 }),
});

const plans = referencePlanFiles('default').map((f) =>
  parsePlan(JSON.parse(readFileSync(f, 'utf8')), scenario),
);

/** Reference plans reach the later phases and their moves, which random play seldom does. */
const planGameArb: fc.Arbitrary<GameRecord> = fc
  .record({
    plan: fc.constantFrom(...plans),
    seed: seedArb,
    turns: fc.option(fc.integer({ min: 1, max: 24 })),
  })
  .map(({ plan, seed, turns }) => playPlan(scenario, seed, plan, turns === null ? {} : { turns }).game);

export const gameArb: fc.Arbitrary<GameRecord> = fc.oneof(
  { arbitrary: gameInputArb.map(playRandomGame), weight: 3 },
  { arbitrary: planGameArb, weight: 1 },
);

/** A full-length game (the scenario's 12 turns, no setup) with an ASCII seed of up to 16 characters. */
export const fullGameArb: fc.Arbitrary<GameRecord> = fc
  .record({
    seed: fc.string({ minLength: 1, maxLength: 16 }).filter(isCleanSeed),
    objective: fc.nat(),
    tape: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 300 }),
  })
  .map((x) => playRandomGame({ ...x, setup: { turns: null, fixed: null }, maxTurns: 24 }));
