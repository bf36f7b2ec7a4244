// "Why you were stuck": for a game that never passed the gate of the next phase, which condition held it
// back, by how much and for how long, from the sim's own gate margins (gateMargins) quarter by quarter.
import {
  contextOf,
  type GameRecord,
  type GateConditionId,
  gateMargins,
  type Replay,
  type Scenario,
} from '../sim';

export interface StuckCondition {
  id: GateConditionId;
  /** Quarters in the last phase reached when this condition did not hold. */
  quarters: number;
  /** At the end of the game: where it stood and its bar (hundredths; null for moves or nothing measured). */
  now: number | null;
  needs: number | null;
  /** The quarter it came closest while still short, and by how much (hundredths); null for moves. */
  closest: { turn: number; short: number } | null;
}

export interface StuckReport {
  /** The phase the game stayed in, and the one it could not reach. */
  phase: number;
  nextPhase: number;
  /** Quarters played in that phase. */
  quarters: number;
  /** Quarters when every condition held (the gate wants them in a row). */
  allMet: number;
  /** The conditions that failed at least once, the most often failing first. */
  conditions: StuckCondition[];
}

/** Null when the game reached the last phase (nothing held it back). */
export function whyStuck(scenario: Scenario, game: GameRecord, played: Replay): StuckReport | null {
  const phase = played.final.phase;
  if (phase >= scenario.phases.length - 1) return null;
  const ctx = contextOf(scenario, game);
  const tally = new Map<GateConditionId, StuckCondition>();
  let quarters = 0;
  let allMet = 0;
  for (const r of played.records) {
    const s = r.state;
    if (s.phase !== phase) continue;
    const margins = gateMargins(ctx, phase, s.vars, s.dashboard, s.moves);
    if (!margins) return null;
    quarters++;
    if (margins.every((m) => m.met)) allMet++;
    for (const m of margins) {
      const c = tally.get(m.id) ?? { id: m.id, quarters: 0, now: null, needs: null, closest: null };
      c.now = m.now;
      c.needs = m.needs;
      if (!m.met) {
        c.quarters++;
        if (m.needs !== null) {
          // Nothing measured counts as the whole bar short.
          const short = m.needs - (m.now ?? 0);
          if (c.closest === null || short < c.closest.short) c.closest = { turn: r.turn, short };
        }
      }
      tally.set(m.id, c);
    }
  }
  const conditions = [...tally.values()]
    .filter((c) => c.quarters > 0)
    .sort(
      (a, b) => b.quarters - a.quarters || (b.needs ?? 0) - (b.now ?? 0) - ((a.needs ?? 0) - (a.now ?? 0)),
    );
  return { phase, nextPhase: phase + 1, quarters, allMet, conditions };
}
