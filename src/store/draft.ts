// The decision the players are putting together for the coming quarter. Plain helpers: the store calls
// them, the sim's validateDecision has the last word when the turn is confirmed.
import type { Scenario, SimState, TurnDecision } from '../sim';

/**
 * The draft a quarter starts with: last quarter's standing choices carried over (people rarely change
 * everything), no moves, and no answer to the event yet, so that the players read it before answering.
 * In the first quarter approach and voice are left open: the players choose them on purpose.
 */
export function firstDraft(scenario: Scenario, state: SimState, previous?: TurnDecision): TurnDecision {
  const kpis = new Set<string>(scenario.measure.kpis.map((k) => k.id));
  return {
    approach: previous?.approach ?? '',
    voice: previous?.voice ?? '',
    governance: state.governance,
    measure: (previous?.measure ?? []).filter((k) => kpis.has(k)).slice(0, scenario.measure.max),
    moves: [],
  };
}

export function toggleIn(list: readonly string[], id: string, max: number): string[] {
  if (list.includes(id)) return list.filter((x) => x !== id);
  return list.length < max ? [...list, id] : [...list];
}

/** The decision as the sim expects it: an unanswered event has no response field at all. */
export function cleanDecision(d: TurnDecision): TurnDecision {
  const out: TurnDecision = {
    approach: d.approach,
    voice: d.voice,
    governance: d.governance,
    measure: [...d.measure],
    moves: [...d.moves],
  };
  if (d.response !== undefined) out.response = d.response;
  return out;
}
