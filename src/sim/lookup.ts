// Id-indexed views of a scenario, built once per scenario object and cached.
import { toFixed } from './fixed';
import type {
  ApproachOption,
  EventResponse,
  GovernanceOption,
  Kpi,
  KpiId,
  Move,
  Objective,
  Scenario,
  ScenarioEvent,
  VarId,
  VoiceOption,
} from './scenario-schema';

/** A move's deltas as (variable, hundredths) pairs, ready for the hot loop. */
export interface MoveDeltas {
  cause: string;
  immediate: [VarId, number][];
  perTurn: [VarId, number][];
}

export interface Lookup {
  approach: Map<string, ApproachOption>;
  voice: Map<string, VoiceOption>;
  governance: Map<string, GovernanceOption>;
  move: Map<string, Move>;
  objective: Map<string, Objective>;
  kpi: Map<string, Kpi>;
  event: Map<string, ScenarioEvent>;
  moveDeltas: Map<string, MoveDeltas>;
  /** Each move's KPI bonuses as (KPI, hundredths) pairs. */
  kpiBonus: Map<string, [KpiId, number][]>;
  governanceChange: [VarId, number][];
  /** Cause ids like "approach:campaign" by option id, built once instead of every turn. */
  approachCause: Map<string, string>;
  voiceCause: Map<string, string>;
  governanceCause: Map<string, string>;
  /** The event deck with each condition in fixed point, read by every draw (step.ts drawEvent). */
  deck: DeckEvent[];
  /** Each event's place in the deck, to count draws by position. */
  deckIndex: Map<string, number>;
  /**
   * Scratch space for one draw (step.ts drawEvent): draws so far and the events open, by deck position.
   * Reused by every draw of this scenario so a draw allocates nothing; a draw never calls another.
   */
  drawScratch: { draws: Uint8Array; open: Int32Array };
  /** Each KPI's noise amplitude in hundredths, in the scenario's order (management.ts readDashboard). */
  kpiNoise: Int32Array;
  /** Each event as a turn plays it: cause ids and situation terms compiled once (events.ts applyEvent). */
  played: Map<string, PlayedEvent>;
  /** The goal KPIs' ids, in the scenario's order (what counts as value for a vague objective). */
  goalKpis: KpiId[];
}

/** An event as a turn plays it: its cause id and its answers by id. */
export interface PlayedEvent {
  event: ScenarioEvent;
  cause: string;
  answers: Map<string, PlayedAnswer>;
}

/** An answer with its cause id and its situation terms as (variable, factor) pairs. */
export interface PlayedAnswer {
  response: EventResponse;
  cause: string;
  multiplierPer: [VarId, number][];
  chancePer: [VarId, number][];
}

const pairs = (record: Partial<Record<VarId, number>> | undefined) =>
  Object.entries(record ?? {}) as [VarId, number][];

function playedEvent(e: ScenarioEvent): PlayedEvent {
  const answers = new Map<string, PlayedAnswer>();
  for (const r of e.responses)
    answers.set(r.id, {
      response: r,
      cause: `answer:${e.id}:${r.id}`,
      multiplierPer: pairs(r.multiplierPer),
      chancePer: pairs(r.outcome?.chancePer),
    });
  return { event: e, cause: `event:${e.id}`, answers };
}

/** An event as the draw reads it: its condition's thresholds already in hundredths. */
export interface DeckEvent {
  id: string;
  weight: number;
  minTurn: number;
  /** The phases it may be drawn in, as bits (1 << phase). */
  phaseMask: number;
  maxDraws: number;
  atLeast: [VarId, number][];
  below: [VarId, number][];
  governance: string | undefined;
  held: readonly string[];
  missing: readonly string[];
}

function deckEvent(e: ScenarioEvent): DeckEvent {
  const w = e.when;
  return {
    id: e.id,
    weight: e.weight,
    minTurn: e.minTurn,
    phaseMask: e.phases.reduce((mask, phase) => mask | (1 << phase), 0),
    maxDraws: e.maxDraws,
    atLeast: deltas(w?.atLeast ?? {}),
    below: deltas(w?.below ?? {}),
    governance: w?.governance,
    held: w?.held ?? [],
    missing: w?.missing ?? [],
  };
}

const causes = (kind: string, options: { id: string }[]) =>
  new Map(options.map((o) => [o.id, `${kind}:${o.id}`]));

const deltas = (record: Partial<Record<VarId, number>>): [VarId, number][] =>
  (Object.entries(record) as [VarId, number][]).map(([v, points]) => [v, toFixed(points)]);

const cache = new WeakMap<Scenario, Lookup>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** The scenario asked for last and its views: a turn asks a dozen times, nearly always for one scenario. */
let last: { scenario: Scenario; views: Lookup } | null = null;

export function lookup(scenario: Scenario): Lookup {
  if (last?.scenario === scenario) return last.views;
  const views = viewsOf(scenario);
  last = { scenario, views };
  return views;
}

function viewsOf(scenario: Scenario): Lookup {
  let found = cache.get(scenario);
  if (!found) {
    found = {
      approach: byId(scenario.approaches),
      voice: byId(scenario.voices),
      governance: byId(scenario.governances),
      move: byId(scenario.moves),
      objective: byId(scenario.objectives),
      kpi: byId(scenario.measure.kpis),
      event: byId(scenario.events),
      moveDeltas: new Map(
        scenario.moves.map((m) => [
          m.id,
          { cause: `move:${m.id}`, immediate: deltas(m.immediate), perTurn: deltas(m.perTurn) },
        ]),
      ),
      governanceChange: deltas(scenario.tuning.governanceChange),
      kpiBonus: new Map(
        scenario.moves.map((m) => [
          m.id,
          (Object.entries(m.kpiBonus) as [KpiId, number][]).map(([k, points]) => [k, toFixed(points)]),
        ]),
      ),
      approachCause: causes('approach', scenario.approaches),
      voiceCause: causes('voice', scenario.voices),
      governanceCause: causes('governance', scenario.governances),
      deck: scenario.events.map(deckEvent),
      deckIndex: new Map(scenario.events.map((e, i) => [e.id, i])),
      drawScratch: {
        draws: new Uint8Array(scenario.events.length),
        open: new Int32Array(scenario.events.length),
      },
      played: new Map(scenario.events.map((e) => [e.id, playedEvent(e)])),
      kpiNoise: Int32Array.from(scenario.measure.kpis, (k) => toFixed(k.noise)),
      goalKpis: scenario.measure.kpis.filter((k) => k.kind === 'goal').map((k) => k.id),
    };
    cache.set(scenario, found);
  }
  return found;
}
