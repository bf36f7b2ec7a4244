// What the world draws, in points, read from the sim's state (the true state: the picture shows how the
// community and management really feel, which is the point of a picture; numbers stay off the canvas).
import { type Scenario, type SimState, type TurnDecision, toPoints } from '../../sim';

export interface WorldState {
  community: number;
  trust: number;
  wordOfMouth: number;
  participation: number;
  buyIn: number;
  reach: number;
  phase: number;
  /** How the brand spoke last quarter: reach it paid for (gold rings), conversation (speech bubbles). */
  paid: boolean;
  talking: boolean;
}

export function worldStateOf(scenario: Scenario, state: SimState, last?: TurnDecision | null): WorldState {
  const v = state.vars;
  const approach = scenario.approaches.find((a) => a.id === last?.approach);
  const voice = scenario.voices.find((x) => x.id === last?.voice);
  return {
    community: toPoints(v.community),
    trust: toPoints(v.trust),
    wordOfMouth: toPoints(v.wordOfMouth),
    participation: toPoints(v.participation),
    buyIn: toPoints(v.buyIn),
    reach: toPoints(state.reach),
    phase: state.phase,
    paid: (approach?.paidReach ?? 0) > 0,
    talking: (voice?.engagement ?? 0) > 0,
  };
}

/** The picture before a game starts, from the scenario's starting values. */
export function startWorldState(start: {
  community: number;
  trust: number;
  wordOfMouth: number;
  participation: number;
  buyIn: number;
}): WorldState {
  return { ...start, reach: start.community / 2, phase: 0, paid: false, talking: false };
}
