// The timeline of a game, one row per turn: what was decided, what happened, where the programme stood.
import type { Ending, EventOutcome, PhaseId, Replay, TurnDecision } from '../sim';
import { PHASE_IDS } from '../sim';

export interface TimelineRow {
  turn: number;
  decision: TurnDecision;
  event: EventOutcome | null;
  /** An employee's off-message post happened this turn. */
  dissonance: boolean;
  phaseBefore: PhaseId;
  phaseAfter: PhaseId;
  /** The phase changed this turn. */
  phaseChanged: boolean;
  ending: Ending | null;
  /** True values at the end of the turn and their change over it, hundredths. */
  trust: number;
  buyIn: number;
  reach: number;
  trustDelta: number;
  buyInDelta: number;
  reachDelta: number;
}

const phaseId = (index: number): PhaseId => PHASE_IDS[index] ?? PHASE_IDS[0];

export function timelineRows(played: Pick<Replay, 'initial' | 'records'>): TimelineRow[] {
  let prev = played.initial;
  return played.records.map((r) => {
    const s = r.state;
    const row: TimelineRow = {
      turn: r.turn,
      decision: r.decision,
      event: r.event,
      dissonance: r.dissonance,
      phaseBefore: phaseId(r.phaseBefore),
      phaseAfter: phaseId(r.phaseAfter),
      phaseChanged: r.phaseBefore !== r.phaseAfter,
      ending: r.ending,
      trust: s.vars.trust,
      buyIn: s.vars.buyIn,
      reach: s.reach,
      trustDelta: s.vars.trust - prev.vars.trust,
      buyInDelta: s.vars.buyIn - prev.vars.buyIn,
      reachDelta: s.reach - prev.reach,
    };
    prev = s;
    return row;
  });
}
