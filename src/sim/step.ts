// One turn (a quarter) of the model. Pure: (context, state, decision) -> new state and its explanation.
// Every rule reads the state at the start of the quarter (s0), so the order of the rules does not change
// their size, and each books its change to a cause in the ledger. docs/model.md explains each rule.
import { applyEvent, judgePromise } from './events';
import { clamp, ONE, scale, toFixed } from './fixed';
import { checkGate } from './gates';
import { VAR_IDS } from './ids';
import { trueKpis } from './kpis';
import { Ledger } from './ledger';
import { type DeckEvent, type Lookup, lookup } from './lookup';
import { managementStep, readDashboard } from './management';
import { nextFloat } from './rng';
import type { Move, Scenario } from './scenario-schema';
import type {
  Ending,
  EventOutcome,
  Explanation,
  GameSetup,
  SimState,
  TurnDecision,
  TurnRecord,
  VarId,
  Vars,
} from './types';

export interface GameContext {
  scenario: Scenario;
  objective: string;
  setup: GameSetup;
  /**
   * true: build each turn's explanation as it is played; false: none (the balance lab and the search);
   * unset: built the first time it is read. Outcomes are identical in every case.
   */
  explain?: boolean;
}

const MAX = 100 * ONE;

export function totalTurns(ctx: GameContext): number {
  return ctx.setup.turns ?? ctx.scenario.turns;
}

/** Modifiers of the organisational moves held, multiplied (factors) or added (points). */
function moveModifiers(ctx: GameContext, moves: readonly string[]) {
  const mods = { dissonance: 1, growth: 1, buyInShield: 1, coherenceTarget: 0, wordOfMouth: 0 };
  const byId = lookup(ctx.scenario).move;
  for (const id of moves) {
    const m = byId.get(id)?.modifiers;
    if (!m) continue;
    mods.dissonance *= m.dissonance ?? 1;
    mods.growth *= m.growth ?? 1;
    mods.buyInShield *= m.buyInShield ?? 1;
    mods.coherenceTarget += m.coherenceTarget ?? 0;
    mods.wordOfMouth += m.wordOfMouth ?? 0;
  }
  return mods;
}

/**
 * Books a gain that moves multiply: the unmultiplied part to `cause`, and each move's share of the extra to
 * that move, so "evangelists made the community grow faster" is said of the evangelists.
 */
function addMultiplied(
  L: Lookup,
  led: Ledger,
  v: VarId,
  base: number,
  moves: readonly string[],
  factorOf: (m: Move) => number | undefined,
  cause: string,
): void {
  led.add(v, base, cause);
  let product = 1;
  for (const id of moves) {
    const f = factorOf(L.move.get(id)!);
    if (f === undefined || f === 1) continue;
    const before = scale(base, product);
    product *= f;
    led.add(v, scale(base, product) - before, L.moveDeltas.get(id)!.cause);
  }
}

const growthFactor = (m: Move) => m.modifiers.growth;

/** Whether an event's condition holds in a state (an event without one always may be drawn). */
function conditionHolds(e: DeckEvent, state: SimState): boolean {
  const vars = state.vars;
  for (const [v, min] of e.atLeast) if (vars[v] < min) return false;
  for (const [v, max] of e.below) if (vars[v] >= max) return false;
  if (e.governance !== undefined && state.governance !== e.governance) return false;
  for (const m of e.held) if (!state.moves.includes(m)) return false;
  for (const m of e.missing) if (state.moves.includes(m)) return false;
  return true;
}

/**
 * Draws the event of the next turn: a fixed one when the session set it, else one from the deck: the
 * events allowed in this phase from their first turn, drawn fewer than maxDraws times, whose condition
 * on the state holds (some events follow from earlier choices).
 */
export function drawEvent(ctx: GameContext, state: SimState, nextTurn: number): string | null {
  // Always one draw, whatever is fixed, so the rest of the game's randomness does not shift.
  const r = nextFloat(state.rng);
  const fixed = ctx.setup.fixedEvents?.[String(nextTurn)];
  if (fixed) return fixed;
  const L = lookup(ctx.scenario);
  const { deck } = L;
  const { draws, open } = L.drawScratch;
  // How often each event was drawn, by its place in the deck (a fixed event may be one of the deck's).
  draws.fill(0);
  for (const id of state.drawn) {
    const i = L.deckIndex.get(id);
    if (i !== undefined) draws[i]!++;
  }
  // One pass lists the events open to the draw; the pick walks only those, in the scenario's order.
  const phaseBit = 1 << state.phase;
  let count = 0;
  let total = 0;
  for (let i = 0; i < deck.length; i++) {
    const e = deck[i]!;
    if (e.weight <= 0 || e.minTurn > nextTurn || draws[i]! >= e.maxDraws) continue;
    if ((e.phaseMask & phaseBit) === 0 || !conditionHolds(e, state)) continue;
    open[count++] = i;
    total += e.weight;
  }
  if (total === 0) return null;
  let pick = Math.floor(r * total);
  for (let k = 0; k < count; k++) {
    const e = deck[open[k]!]!;
    pick -= e.weight;
    if (pick < 0) return e.id;
  }
  return deck[open[count - 1]!]!.id;
}

export function step(ctx: GameContext, s0: SimState, d: TurnDecision): TurnRecord {
  const r = stepWith(ctx, s0, d, ctx.explain === true);
  return ctx.explain === undefined ? new LazyTurn(r, ctx, s0) : r;
}

/**
 * A turn whose explanation is built the first time something reads it, by playing the same turn again
 * with the ledger on (pure, so exact): explanations cost a third of a turn's time. A class with a getter,
 * not defineProperty on a plain record, which turns each record into a slow dictionary object.
 */
class LazyTurn implements TurnRecord {
  readonly turn: number;
  readonly decision: TurnDecision;
  readonly event: EventOutcome | null;
  readonly dissonance: boolean;
  readonly phaseBefore: number;
  readonly phaseAfter: number;
  readonly ending: Ending | null;
  readonly state: SimState;
  #ctx: GameContext;
  #s0: SimState;
  #explanation: Explanation | null = null;

  constructor(r: TurnRecord, ctx: GameContext, s0: SimState) {
    this.turn = r.turn;
    this.decision = r.decision;
    this.event = r.event;
    this.dissonance = r.dissonance;
    this.phaseBefore = r.phaseBefore;
    this.phaseAfter = r.phaseAfter;
    this.ending = r.ending;
    this.state = r.state;
    this.#ctx = ctx;
    this.#s0 = s0;
  }

  get explanation(): Explanation {
    this.#explanation ??= stepWith(this.#ctx, this.#s0, this.decision, true).explanation;
    return this.#explanation;
  }

  /** JSON carries the explanation like any record's. */
  toJSON(): TurnRecord {
    const { turn, decision, event, dissonance, phaseBefore, phaseAfter, ending, explanation, state } = this;
    return { turn, decision, event, dissonance, phaseBefore, phaseAfter, ending, explanation, state };
  }
}

function stepWith(ctx: GameContext, s0: SimState, d: TurnDecision, explain: boolean): TurnRecord {
  const { scenario } = ctx;
  const t = scenario.tuning;
  const L = lookup(scenario);
  const approach = L.approach.get(d.approach)!;
  const voice = L.voice.get(d.voice)!;
  const gov = L.governance.get(d.governance)!;
  const v0 = s0.vars;
  const vars = copyVars(v0);
  const led = new Ledger(vars, headroomFactors(v0, t.headroomFrom), explain);
  const rng = { c: s0.rng.c, s0: s0.rng.s0, s1: s0.rng.s1, s2: s0.rng.s2 };
  const turn = s0.turn + 1;

  // Changing governance costs first; its fee takes at most what the budget holds.
  if (d.governance !== s0.governance) {
    for (const [v, amount] of L.governanceChange)
      led.add(v, v === 'budget' ? Math.max(amount, -vars.budget) : amount, 'governance:change');
  }

  // Organisational moves: paid next, effective at once and for the rest of the game.
  // States never change their lists: a quarter without a new move shares last quarter's.
  const moves = d.moves.length > 0 ? [...s0.moves] : s0.moves;
  for (const id of d.moves) {
    const { cause, immediate } = L.moveDeltas.get(id)!;
    moves.push(id);
    led.add('budget', -toFixed(L.move.get(id)!.cost), cause);
    for (const [v, amount] of immediate) led.add(v, amount, cause);
  }
  const mods = moveModifiers(ctx, moves);

  // The quarter's event and the players' answer come before the programme's own spending: a budget cut
  // or an answer's cost leaves less to fund the approach this quarter.
  const answered = applyEvent(ctx, s0, d, led, rng);
  const event = answered?.outcome ?? null;
  let promise = s0.promise;
  if (answered?.promise) promise = answered.promise;

  // Governance pulls participation and coherence its way.
  const govCause = L.governanceCause.get(gov.id)!;
  led.add('participation', toFixed(gov.participation), govCause);
  const coherenceTarget = clamp(toFixed(gov.coherenceTarget + mods.coherenceTarget), 0, MAX);
  led.add('coherence', scale(coherenceTarget - v0.coherence, t.coherencePull), govCause);
  led.add('participation', -scale(v0.participation, t.participationDecay), 'carry:participation-fades');

  // Approach and voice, funded from what the budget has left; a silent brand pays no voice.
  const cost = toFixed(approach.cost + voice.cost * approach.presence);
  const funding = cost > 0 ? Math.min(1, vars.budget / cost) : 1;
  // A pause is silence: nothing the brand or its employees used to say keeps speaking for it.
  const presence = approach.presence;
  // Employees who speak for the brand make it authentic, as far as their voices stay coherent.
  led.add(
    'trust',
    scale((v0.participation * v0.coherence) / MAX, gov.trustPerParticipation * presence),
    govCause,
  );
  const approachCause = L.approachCause.get(approach.id)!;
  const voiceCause = L.voiceCause.get(voice.id)!;
  led.add('budget', -Math.min(vars.budget, cost), approachCause);
  const baseGrowth = toFixed(t.communityGrowthBase) + scale(v0.community, t.communityGrowthRate);
  const growth = scale(baseGrowth, approach.nurture * funding);
  addMultiplied(L, led, 'community', growth, moves, growthFactor, approachCause);
  addMultiplied(
    L,
    led,
    'community',
    scale(growth, (voice.growthFactor - 1) * presence),
    moves,
    growthFactor,
    voiceCause,
  );
  // An audience scattered across platforms finds the community less: part of this quarter's growth is lost.
  led.add(
    'community',
    -scale(growth, (Math.min(v0.fragmentation, MAX) / MAX) * t.scatteredGrowthLoss),
    'reach:scattered',
  );
  led.add('community', -scale(v0.community, t.neglectDecay * approach.neglect), approachCause);
  led.add('paidReach', scale(toFixed(approach.paidReach), funding), approachCause);
  led.add('expectation', scale(toFixed(approach.expectation), funding), approachCause);
  led.add('trust', toFixed(approach.trust), approachCause);

  // Expectations raised by earlier campaigns are settled by this quarter's choices: met by staying and
  // talking (the voice), abandoned by leaving (the approach), or left to disappoint (the voice again).
  const e0 = v0.expectation;
  const met = scale(e0, approach.nurture * voice.meetsExpectation * presence);
  const abandoned = Math.min(e0 - met, scale(e0, approach.neglect));
  const unmet = e0 - met - abandoned;
  // People a campaign brought in stay when someone talks with them; a small community gains most.
  led.add('community', scale(met, (t.expectationToCommunity * (MAX - v0.community)) / MAX), voiceCause);
  led.add('trust', scale(met, t.expectationToTrust), voiceCause);
  led.add('trust', -scale(abandoned, t.abandonmentTrust), approachCause);
  led.add('trust', -scale(unmet, t.disappointment), voiceCause);
  led.add('expectation', -met - scale(unmet, 1 - t.expectationKeep), voiceCause);
  led.add('expectation', -abandoned, approachCause);

  // How the brand speaks: dialogue builds trust with the people already there; broadcast annoys.
  const voiceTrust = scale(
    toFixed(voice.trustBase) +
      scale(v0.community, voice.trustPerCommunity) +
      scale(s0.reach, voice.trustPerReach),
    presence,
  );
  led.add('trust', voiceTrust, voiceCause);
  if (voiceTrust > 0) led.add('trust', scale(voiceTrust, gov.authenticity - 1), govCause);
  led.add('trust', toFixed(approach.nurture * t.continuityTrust), approachCause);

  // Carry-over from last quarter: communities fade without care, paid reach fades fast, people talk.
  led.add('community', -scale(v0.community, t.communityDecay), 'carry:community-fades');
  led.add('paidReach', -scale(v0.paidReach, 1 - t.paidReachKeep), 'carry:paid-fades');
  led.add('fragmentation', -scale(v0.fragmentation, 1 - t.fragmentationKeep), 'carry:audience-returns');
  led.add('competition', -scale(v0.competition, 1 - t.competitionKeep), 'carry:competition-fades');
  const womTarget =
    scale((v0.community * v0.trust) / MAX, t.wordOfMouthFromBond) +
    scale(v0.participation, t.wordOfMouthFromParticipation);
  led.add('wordOfMouth', scale(womTarget - v0.wordOfMouth, t.wordOfMouthPull), 'carry:word-of-mouth');
  // A move's word-of-mouth bonus raises the level word of mouth is pulled to: booked to the move.
  for (const id of moves) {
    const bonus = L.move.get(id)!.modifiers.wordOfMouth;
    if (bonus) led.add('wordOfMouth', scale(toFixed(bonus), t.wordOfMouthPull), L.moveDeltas.get(id)!.cause);
  }
  led.add('trust', scale(v0.wordOfMouth, t.trustFromWordOfMouth), 'carry:recommendations');
  // Without reasons to believe, trust drifts back to the public's default scepticism of brands.
  led.add('trust', scale(toFixed(t.trustBaseline) - v0.trust, t.trustReversion), 'carry:trust-drifts');
  for (const id of s0.moves) {
    const { cause, perTurn } = L.moveDeltas.get(id)!;
    for (const [v, amount] of perTurn) led.add(v, amount, cause);
  }

  // Dissonant voices: many speakers and little coherence make off-message posts likely.
  const chance = Math.min(
    t.dissonanceMax,
    ((v0.participation * (MAX - v0.coherence)) / (MAX * MAX)) *
      t.dissonanceBase *
      gov.dissonance *
      mods.dissonance,
  );
  const dissonance = nextFloat(rng) < chance;
  if (dissonance) {
    const cause = 'incident:dissonance';
    led.add(
      'trust',
      -(toFixed(t.dissonanceTrust) + scale(v0.participation, t.dissonancePerParticipation)),
      cause,
    );
    led.add('buyIn', -toFixed(t.dissonanceBuyIn), cause);
    led.add('coherence', -toFixed(t.dissonanceCoherence), cause);
  }

  clampVars(led, t.budgetCap);

  // Reach this quarter: the owned audience, what money bought, minus what a new platform scattered.
  const organic =
    scale(vars.community, t.organicFromCommunity) +
    scale(vars.wordOfMouth, t.organicFromWordOfMouth) +
    scale(vars.participation, t.organicFromParticipation) +
    scale(toFixed(voice.organicReach), presence);
  const reach = clamp(organic + vars.paidReach - vars.fragmentation, 0, MAX);
  bookReach(led, s0, organic, reach, vars, v0);
  led.addRaw('followers', scale(reach, t.followersFromReach), 'reach:new-followers');
  led.addRaw('followers', -scale(v0.followers, t.followersDecay), 'carry:followers-leave');
  clampVar(led, 'followers', MAX);

  // A promise to management is judged against the reach it sees: kept, or broken when time is up.
  if (promise) {
    const kept = reach >= promise.target;
    if (kept || turn >= promise.due) {
      judgePromise(ctx, promise, kept, s0.vars, led);
      promise = null;
    }
  }

  // Measurement, then management's reading of it.
  const kpis = trueKpis(scenario, vars, reach, voice, moves, presence);
  const dashboard = readDashboard(scenario, kpis, d.measure, rng);
  const phase0 = s0.phase;
  const vanityFatigue = managementStep(ctx, phase0, s0, kpis, dashboard, d.measure, turn, led, moves);
  clampVar(led, 'buyIn', MAX);
  led.add(
    'budget',
    Math.min(
      toFixed(t.allowanceBase) + scale(vars.buyIn, t.allowancePerBuyIn),
      toFixed(t.budgetCap) - vars.budget,
    ),
    'budget:allowance',
  );

  // Phase gate, then endings.
  const gate = checkGate(ctx, phase0, vars, dashboard, moves);
  let gateStreak = gate ? s0.gateStreak + 1 : 0;
  let phase = phase0;
  const nextGate = scenario.phases[phase0 + 1]?.gate;
  if (gate && nextGate && gateStreak >= nextGate.holdTurns) {
    phase = phase0 + 1;
    gateStreak = 0;
  }
  let ending: Ending | null = null;
  if (vars.buyIn <= toFixed(t.cancelBelow)) ending = 'cancelled';
  else if (vars.trust <= toFixed(t.communityLostBelow)) ending = 'community-lost';
  else if (turn >= totalTurns(ctx)) ending = 'completed';

  const state: SimState = {
    turn,
    phase,
    ending,
    vars,
    reach,
    organicReach: organic,
    governance: d.governance,
    moves,
    gateStreak,
    kpis,
    dashboard,
    pendingEvent: null,
    drawn: s0.drawn,
    incidents: s0.incidents + (dissonance ? 1 : 0),
    vanityFatigue,
    promise,
    rng,
  };
  const next = drawEvent(ctx, state, turn + 1);
  if (!ending && next) {
    state.pendingEvent = next;
    state.drawn = [...s0.drawn, next];
  }
  return {
    turn,
    decision: d,
    event,
    dissonance,
    phaseBefore: phase0,
    phaseAfter: phase,
    ending,
    explanation: led.explanation(),
    state,
  };
}

/** A copy with a fixed key order, so every state's vars share one shape. */
function copyVars(v: Vars): Vars {
  return {
    trust: v.trust,
    buyIn: v.buyIn,
    community: v.community,
    wordOfMouth: v.wordOfMouth,
    participation: v.participation,
    coherence: v.coherence,
    paidReach: v.paidReach,
    expectation: v.expectation,
    fragmentation: v.fragmentation,
    competition: v.competition,
    followers: v.followers,
    budget: v.budget,
  };
}

/** Per saturating variable, how much of a gain still lands this turn (see Ledger.add). */
function headroomFactors(v0: Vars, from: number): Partial<Record<VarId, number>> {
  const span = MAX - toFixed(from);
  const factor = (value: number) => Math.min(1, Math.max(0, (MAX - value) / span));
  return {
    trust: factor(v0.trust),
    buyIn: factor(v0.buyIn),
    community: factor(v0.community),
    wordOfMouth: factor(v0.wordOfMouth),
    participation: factor(v0.participation),
  };
}

/** Keeps a variable in bounds; what is cut off is booked to "limit", so explanations still add up. */
function clampVar(led: Ledger, v: VarId, max: number): void {
  const value = led.get(v);
  led.addRaw(v, clamp(value, 0, max) - value, 'limit');
}

function clampVars(led: Ledger, budgetCap: number): void {
  for (const v of VAR_IDS) if (v !== 'budget') clampVar(led, v, MAX);
  clampVar(led, 'budget', toFixed(budgetCap));
}

/** Reach is recomputed each turn; its change is booked to the paid, organic and scattered parts. */
function bookReach(led: Ledger, s0: SimState, organic: number, reach: number, vars: Vars, v0: Vars): void {
  const paid = vars.paidReach - v0.paidReach;
  const scattered = v0.fragmentation - vars.fragmentation;
  const grown = organic - s0.organicReach;
  led.book('reach', paid, 'reach:paid');
  led.book('reach', grown, 'reach:organic');
  led.book('reach', scattered, 'reach:scattered');
  led.book('reach', reach - s0.reach - paid - grown - scattered, 'limit');
}
