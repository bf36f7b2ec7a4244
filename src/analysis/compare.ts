// One row per team for the facilitator's comparison: how the game ended, where it stood, and the few
// decisions that explain most of it (the approach and voice it kept, its moves, what it measured).
import {
  type Ending,
  type GameRecord,
  outcomeScore,
  PHASE_IDS,
  type PhaseId,
  type Replay,
  type Scenario,
} from '../sim';

export interface Count {
  id: string;
  count: number;
}

export interface KeyDecisions {
  objective: string;
  /** How often each option was chosen, most often first (ties: the scenario's order). */
  approaches: Count[];
  voices: Count[];
  governances: Count[];
  measured: Count[];
  /** Organisational moves in the order they were made. */
  moves: { id: string; turn: number }[];
  responses: { turn: number; event: string; response: string; success: boolean | null }[];
}

export interface TeamRow {
  name: string;
  ending: Ending | null;
  phase: PhaseId;
  /** Final true values, hundredths. */
  trust: number;
  buyIn: number;
  reach: number;
  turns: number;
  /** Orders teams: ending, then phase, then trust + buy-in (src/sim/score.ts). */
  score: number;
  key: KeyDecisions;
}

function counts(values: readonly string[], order: readonly string[]): Count[] {
  const map = new Map<string, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...map.entries()]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || rank(a.id) - rank(b.id));
}

export function keyDecisions(
  scenario: Scenario,
  game: GameRecord,
  played: Pick<Replay, 'records'>,
): KeyDecisions {
  const ids = <T extends { id: string }>(list: readonly T[]) => list.map((x) => x.id);
  const turns = game.turns;
  return {
    objective: game.objective,
    approaches: counts(
      turns.map((d) => d.approach),
      ids(scenario.approaches),
    ),
    voices: counts(
      turns.map((d) => d.voice),
      ids(scenario.voices),
    ),
    governances: counts(
      turns.map((d) => d.governance),
      ids(scenario.governances),
    ),
    measured: counts(
      turns.flatMap((d) => d.measure),
      ids(scenario.measure.kpis),
    ),
    moves: turns.flatMap((d, i) => d.moves.map((id) => ({ id, turn: i + 1 }))),
    responses: played.records.flatMap((r) =>
      r.event?.response
        ? [{ turn: r.turn, event: r.event.id, response: r.event.response, success: r.event.success }]
        : [],
    ),
  };
}

export function teamRow(scenario: Scenario, name: string, game: GameRecord, played: Replay): TeamRow {
  const f = played.final;
  return {
    name,
    ending: f.ending,
    phase: PHASE_IDS[f.phase] ?? PHASE_IDS[0],
    trust: f.vars.trust,
    buyIn: f.vars.buyIn,
    reach: f.reach,
    turns: f.turn,
    score: outcomeScore(f),
    key: keyDecisions(scenario, game, played),
  };
}

export type SortKey = 'name' | 'score' | 'trust' | 'buyIn' | 'reach' | 'phase';

/** Rows sorted for the table; ties keep the order the teams were collected in. */
export function sortRows(rows: readonly TeamRow[], key: SortKey, descending = true): TeamRow[] {
  const value = (r: TeamRow): number | string =>
    key === 'name' ? r.name.toLowerCase() : key === 'phase' ? PHASE_IDS.indexOf(r.phase) : r[key];
  const sign = descending ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => {
      const va = value(a.row);
      const vb = value(b.row);
      return (va < vb ? -1 : va > vb ? 1 : 0) * sign || a.i - b.i;
    })
    .map((x) => x.row);
}
