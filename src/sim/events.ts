// The quarter's event: its base effects (softened by what the brand built), then what the players' answer
// changes (its cost, how much of the base it lets through, its own effects, a gamble's luck, a promise),
// booked apart so the team reads "the complaint: -8; your answer: -4".
import { clamp, ONE, toFixed } from './fixed';
import type { Ledger } from './ledger';
import { lookup } from './lookup';
import { nextFloat, type RngState } from './rng';
import type { Effect, EventResponse, ScenarioEvent } from './scenario-schema';
import type { GameContext } from './step';
import type { EventOutcome, PendingPromise, SimState, TurnDecision, VarId, Vars } from './types';

const MAX = 100 * ONE;

function applyEffects(effects: readonly Effect[], multiplier: number, v0: Vars, led: Ledger, cause: string) {
  for (const e of effects) {
    let amount = toFixed(e.amount) * multiplier;
    if (e.softenedBy) {
      const shield = clamp(v0[e.softenedBy], 0, MAX) / MAX;
      amount *= 1 - shield * (e.softenFactor ?? 1);
    }
    // Like a governance fee, a cut takes at most what the budget still holds.
    if (e.var === 'budget' && amount < 0) amount = Math.max(amount, -led.get('budget'));
    led.add(e.var, Math.round(amount), cause);
  }
}

/** The answer's multiplier of the base effects, adjusted by the situation (multiplierPer), never below 0. */
export function responseMultiplier(response: EventResponse, v0: Vars): number {
  let m = response.multiplier;
  for (const [v, per] of Object.entries(response.multiplierPer ?? {}))
    m += (per as number) * (v0[v as VarId] / ONE);
  return Math.max(0, m);
}

/** How this quarter's own choices (a broadcast announcement, top-down control) scale the event's blow. */
function favour(event: ScenarioEvent, d: TurnDecision): { multiplier: number; cause: string | null } {
  let multiplier = 1;
  let cause: string | null = null;
  for (const f of event.favouredBy ?? []) {
    if (d[f.choice] !== f.option) continue;
    multiplier *= f.multiplier;
    cause = `${f.choice}:${f.option}`;
  }
  return { multiplier, cause };
}

export interface AnsweredEvent {
  outcome: EventOutcome;
  /** A promise the answer made, judged in a later quarter. */
  promise: PendingPromise | null;
}

export function applyEvent(
  ctx: GameContext,
  s0: SimState,
  d: TurnDecision,
  led: Ledger,
  rng: RngState,
): AnsweredEvent | null {
  // One draw whatever happens, so that a different answer does not shift later randomness.
  const roll = nextFloat(rng);
  if (!s0.pendingEvent) return null;
  const event = lookup(ctx.scenario).event.get(s0.pendingEvent)!;
  const eventCause = `event:${event.id}`;
  const response = event.responses.find((r) => r.id === d.response) ?? null;
  const answerCause = response ? `answer:${event.id}:${response.id}` : eventCause;
  // The base blow, as it would land with no answer and no help from this quarter's choices.
  applyEffects(event.effects, 1, s0.vars, led, eventCause);
  const helped = favour(event, d);
  if (helped.cause) applyEffects(event.effects, helped.multiplier - 1, s0.vars, led, helped.cause);
  let success: boolean | null = null;
  let promise: PendingPromise | null = null;
  if (response) {
    led.add('budget', -toFixed(response.cost), answerCause);
    const through = helped.multiplier * (responseMultiplier(response, s0.vars) - 1);
    applyEffects(event.effects, through, s0.vars, led, answerCause);
    applyEffects(response.effects, 1, s0.vars, led, answerCause);
    for (const c of response.clashes ?? [])
      if (d[c.choice] === c.option) applyEffects(c.effects, 1, s0.vars, led, answerCause);
    const outcome = response.outcome;
    if (outcome) {
      let chance = outcome.chance;
      for (const [v, per] of Object.entries(outcome.chancePer ?? {}))
        chance += (per as number) * (s0.vars[v as keyof Vars] / ONE);
      success = roll < Math.min(outcome.maxChance, chance);
      applyEffects(success ? outcome.success : outcome.failure, 1, s0.vars, led, answerCause);
    }
    if (response.promise)
      promise = {
        source: `${event.id}:${response.id}`,
        due: s0.turn + response.promise.within,
        target: s0.reach + toFixed(response.promise.reachRise),
      };
  }
  return { outcome: { id: event.id, response: response?.id ?? null, success }, promise };
}

/** Management remembers a promise: delivering earns its effects, failing to costs more later. */
export function judgePromise(
  ctx: GameContext,
  promise: PendingPromise,
  kept: boolean,
  v0: Vars,
  led: Ledger,
): void {
  const [eventId, responseId] = promise.source.split(':');
  const response = lookup(ctx.scenario)
    .event.get(eventId!)
    ?.responses.find((r) => r.id === responseId);
  if (!response?.promise) return;
  applyEffects(
    kept ? response.promise.kept : response.promise.broken,
    1,
    v0,
    led,
    `promise:${kept ? 'kept' : 'broken'}`,
  );
}
