// The plain data a game is made of. Everything here survives JSON.stringify/parse unchanged.
import type { RngState } from './rng';
import type { KpiId, VarId } from './scenario-schema';

export type { KpiId, VarId } from './scenario-schema';

export const PHASE_IDS = ['experimentation', 'social-marketing', 'social-business'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

/** How a game ends: cancelled by management, community lost, or played to the last turn. */
export type Ending = 'cancelled' | 'community-lost' | 'completed';

/** The true state variables, in hundredths of a point (budget in hundredths of k€). */
export type Vars = Record<VarId, number>;
/** KPI values in hundredths of a point; null on the dashboard means "not measured". */
export type Kpis = Record<KpiId, number>;
export type Dashboard = Record<KpiId, number | null>;

/** What the players choose in one turn. `response` answers the turn's event when it asks for one. */
export interface TurnDecision {
  approach: string;
  voice: string;
  governance: string;
  measure: string[];
  moves: string[];
  response?: string;
}

/** Options a facilitator can fix for a session: a shorter game, or the same crisis for every team. */
export interface GameSetup {
  turns?: number;
  fixedEvents?: Record<string, string>;
}

/**
 * A practice branch: after its first game failed, the team tried again from quarter `from`, replaying the
 * decisions before it. The branch is a game of its own; this says where it came from, and carries the
 * first game's decisions, so the team's result (the first game) is never mistaken for the branch's.
 */
export interface GameBranch {
  /** The quarter the team played again from (1-based): the quarters before it were replayed. */
  from: number;
  /** Every decision of the team's first game, the one that counts as its result. */
  first: TurnDecision[];
}

/** A whole game: replaying it gives every turn's state. */
export interface GameRecord {
  scenario: { id: string; hash: string };
  seed: string;
  setup: GameSetup;
  objective: string;
  turns: TurnDecision[];
  /** Set on a practice branch only (see GameBranch); replay() plays `turns` alone. */
  branch?: GameBranch;
}

export interface SimState {
  /** Turns played so far; the next turn to play is turn + 1. */
  turn: number;
  phase: number;
  ending: Ending | null;
  vars: Vars;
  /** Reach this turn (organic + paid, minus fragmentation), hundredths. */
  reach: number;
  /** The part of reach the brand owns: community, word of mouth, employees, its own output. */
  organicReach: number;
  governance: string;
  moves: string[];
  /** Consecutive turns the next phase's gate has been met. */
  gateStreak: number;
  kpis: Kpis;
  dashboard: Dashboard;
  /** The event that will play out in the next turn, known before the players decide. */
  pendingEvent: string | null;
  /** Every event drawn so far, in order (an event is drawn at most its maxDraws times a game). */
  drawn: string[];
  incidents: number;
  /** How tired management is of vanity numbers shown without business value, hundredths of 0-100. */
  vanityFatigue: number;
  /** A promise made to management and not yet judged. */
  promise: PendingPromise | null;
  rng: RngState;
}

/** A promise to management: reach at or above `target` by the end of turn `due`, else it is broken. */
export interface PendingPromise {
  /** "eventId:responseId" of the answer that made it. */
  source: string;
  due: number;
  target: number;
}

/** One cause's share of a variable's change during a turn. */
export interface Contribution {
  cause: string;
  delta: number;
}

/** For each variable (and reach), the causes of its change this turn, largest first. */
export type Explanation = Partial<Record<VarId | 'reach', Contribution[]>>;

export interface EventOutcome {
  id: string;
  response: string | null;
  /** For events with a chance (a viral stunt): whether it worked. */
  success: boolean | null;
}

export interface TurnRecord {
  turn: number;
  decision: TurnDecision;
  event: EventOutcome | null;
  dissonance: boolean;
  phaseBefore: number;
  phaseAfter: number;
  ending: Ending | null;
  explanation: Explanation;
  state: SimState;
}
