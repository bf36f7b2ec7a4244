// The decision the players are putting together for the coming quarter. Plain helpers: the store calls
// them; what may be added is the sim's answer (options.ts), and validateDecision has the last word when
// the turn is confirmed.
import { type GameContext, keepAllowed, type SimState, type TurnDecision, turnOptions } from '../sim';

/**
 * The draft a quarter starts with: last quarter's standing choices carried over (people rarely change
 * everything), no moves, and no answer to the event yet, so that the players read it before answering.
 * In the first quarter approach and voice are left open: the players choose them on purpose.
 */
export function firstDraft(ctx: GameContext, state: SimState, previous?: TurnDecision): TurnDecision {
  const d: TurnDecision = {
    approach: previous?.approach ?? '',
    voice: previous?.voice ?? '',
    governance: state.governance,
    measure: [],
    moves: [],
  };
  // Last quarter's KPIs, in their order, as far as the sim allows them now.
  return keepAllowed(ctx, state, d, 'measure', previous?.measure ?? []).draft;
}

/** Ticks or unticks a KPI or a move: unticking always works, ticking only what the sim allows now. */
export function toggleChoice(
  ctx: GameContext,
  state: SimState,
  d: TurnDecision,
  field: 'measure' | 'moves',
  id: string,
): TurnDecision {
  if (d[field].includes(id)) return { ...d, [field]: d[field].filter((x) => x !== id) };
  const option = turnOptions(ctx, state, d)[field].find((o) => o.id === id);
  return option?.allowed ? { ...d, [field]: [...d[field], id] } : d;
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
