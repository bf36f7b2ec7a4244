// The quarter's event: its base effects (scaled by the response, softened by what the brand built),
// the response's own effects and cost, and for a gamble (a viral stunt) a seeded success or failure.
import { clamp, ONE, toFixed } from './fixed';
import type { Ledger } from './ledger';
import { lookup } from './lookup';
import { nextFloat, type RngState } from './rng';
import type { Effect } from './scenario-schema';
import type { GameContext } from './step';
import type { EventOutcome, SimState, TurnDecision, Vars } from './types';

const MAX = 100 * ONE;

function applyEffects(effects: readonly Effect[], multiplier: number, v0: Vars, led: Ledger, cause: string) {
  for (const e of effects) {
    let amount = toFixed(e.amount) * multiplier;
    if (e.softenedBy) {
      const shield = clamp(v0[e.softenedBy], 0, MAX) / MAX;
      amount *= 1 - shield * (e.softenFactor ?? 1);
    }
    led.add(e.var, Math.round(amount), cause);
  }
}

export function applyEvent(
  ctx: GameContext,
  s0: SimState,
  d: TurnDecision,
  led: Ledger,
  rng: RngState,
): EventOutcome | null {
  // One draw whatever happens, so that a different answer does not shift later randomness.
  const roll = nextFloat(rng);
  if (!s0.pendingEvent) return null;
  const event = lookup(ctx.scenario).event.get(s0.pendingEvent)!;
  const cause = `event:${event.id}`;
  const response = event.responses.find((r) => r.id === d.response) ?? null;
  if (response) led.add('budget', -toFixed(response.cost), cause);
  applyEffects(event.effects, response ? response.multiplier : 1, s0.vars, led, cause);
  let success: boolean | null = null;
  if (response) {
    applyEffects(response.effects, 1, s0.vars, led, cause);
    const outcome = response.outcome;
    if (outcome) {
      let chance = outcome.chance;
      for (const [v, per] of Object.entries(outcome.chancePer ?? {}))
        chance += (per as number) * (s0.vars[v as keyof Vars] / ONE);
      success = roll < Math.min(outcome.maxChance, chance);
      applyEffects(success ? outcome.success : outcome.failure, 1, s0.vars, led, cause);
    }
  }
  return { id: event.id, response: response?.id ?? null, success };
}
