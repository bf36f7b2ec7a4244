// The quarter's event: its base effects (softened by what the brand built), then what the players' answer
// changes (its cost, how much of the base it lets through, its own effects, a gamble's luck, a promise),
// booked apart so the team reads "the complaint: -8; your answer: -4".
import { clamp, ONE, toFixed } from './fixed';
import type { Ledger } from './ledger';
import { lookup, type PlayedAnswer } from './lookup';
import { nextFloat, type RngState } from './rng';
import type { Effect, ScenarioEvent } from './scenario-schema';
import type { GameContext } from './step';
import type { EventOutcome, PendingPromise, SimState, TurnDecision, Vars } from './types';

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
function responseMultiplier(answer: PlayedAnswer, v0: Vars): number {
  let m = answer.response.multiplier;
  for (const [v, per] of answer.multiplierPer) m += per * (v0[v] / ONE);
  return Math.max(0, m);
}

/**
 * How this quarter's own choices (a broadcast announcement, top-down control) scale the event's blow:
 * the base effects again, times the extra, booked to the choice.
 */
function applyFavour(event: ScenarioEvent, d: TurnDecision, v0: Vars, led: Ledger): number {
  let multiplier = 1;
  let cause: string | null = null;
  for (const f of event.favouredBy ?? []) {
    if (d[f.choice] !== f.option) continue;
    multiplier *= f.multiplier;
    cause = `${f.choice}:${f.option}`;
  }
  if (cause) applyEffects(event.effects, multiplier - 1, v0, led, cause);
  return multiplier;
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
  const played = lookup(ctx.scenario).played.get(s0.pendingEvent)!;
  const { event } = played;
  const answer = d.response === undefined ? undefined : played.answers.get(d.response);
  const answerCause = answer ? answer.cause : played.cause;
  // The base blow, as it would land with no answer and no help from this quarter's choices.
  applyEffects(event.effects, 1, s0.vars, led, played.cause);
  const helped = applyFavour(event, d, s0.vars, led);
  let success: boolean | null = null;
  let promise: PendingPromise | null = null;
  if (answer) {
    const { response } = answer;
    led.add('budget', -toFixed(response.cost), answerCause);
    const through = helped * (responseMultiplier(answer, s0.vars) - 1);
    applyEffects(event.effects, through, s0.vars, led, answerCause);
    applyEffects(response.effects, 1, s0.vars, led, answerCause);
    for (const c of response.clashes ?? [])
      if (d[c.choice] === c.option) applyEffects(c.effects, 1, s0.vars, led, answerCause);
    const outcome = response.outcome;
    if (outcome) {
      let chance = outcome.chance;
      for (const [v, per] of answer.chancePer) chance += per * (s0.vars[v] / ONE);
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
  return { outcome: { id: event.id, response: answer?.response.id ?? null, success }, promise };
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
