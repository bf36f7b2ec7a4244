// The shape of a scenario file. One zod schema is the source of truth: it validates files on load and
// generates scenarios/scenario.schema.json for editors (npm run schema; a test fails when it is stale).

import { KPI_IDS, VAR_IDS } from './ids';
import { z } from './zod';

export { KPI_IDS, type KpiId, VAR_IDS, type VarId } from './ids';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a lowercase id: letters, digits and dashes');
const text = z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict();
const points = z.number().min(-100).max(100);
const factor = z.number().min(0).max(10);
const share = z.number().min(0).max(1);

const varDeltas = z.partialRecord(z.enum(VAR_IDS), z.number().min(-200).max(200));

const effect = z
  .object({
    var: z.enum(VAR_IDS),
    amount: z.number().min(-200).max(200),
    /** A state variable that shields against this effect: amount x (1 - min(value,100)/100 x softenFactor). */
    softenedBy: z.enum(VAR_IDS).optional(),
    softenFactor: share.optional(),
  })
  .strict();

const outcome = z
  .object({
    chance: z.number().min(-1).max(1),
    /** Added to the chance per point of a variable, e.g. a bigger community spreads a stunt further. */
    chancePer: z.partialRecord(z.enum(VAR_IDS), z.number().min(0).max(0.05)).optional(),
    maxChance: share,
    success: z.array(effect),
    failure: z.array(effect),
  })
  .strict();

const promise = z
  .object({
    /** Points of reach above this quarter's that management expects to see. */
    reachRise: z.number().min(0).max(100),
    /** Quarters to deliver, counting the one the promise is made in. */
    within: z.number().int().min(1).max(6),
    kept: z.array(effect),
    broken: z.array(effect),
  })
  .strict();

/** What must hold at the end of a quarter for an event to be drawn for the next one. */
const eventCondition = z
  .object({
    atLeast: z.partialRecord(z.enum(VAR_IDS), points).optional(),
    below: z.partialRecord(z.enum(VAR_IDS), points).optional(),
    governance: id.optional(),
    held: z.array(id).optional(),
    missing: z.array(id).optional(),
  })
  .strict();

/** The quarter's own choices change how hard the event hits: the base effects are multiplied. */
const eventFavour = z
  .object({
    choice: z.enum(['approach', 'voice', 'governance']),
    option: id,
    multiplier: factor,
  })
  .strict();

const clash = z
  .object({
    choice: z.enum(['approach', 'voice', 'governance']),
    option: id,
    effects: z.array(effect),
  })
  .strict();

const response = z
  .object({
    id,
    label: text,
    hint: text,
    cost: z.number().min(0).max(200),
    /** Scales the event's base effects: answering well can shrink a crisis. */
    multiplier: factor,
    /** Added to the multiplier per point of a variable: the same answer fits some situations better. */
    multiplierPer: z.partialRecord(z.enum(VAR_IDS), z.number().min(-0.05).max(0.05)).optional(),
    effects: z.array(effect),
    outcome: outcome.optional(),
    /** A promise management remembers: judged within a few quarters against the reach it sees. */
    promise: promise.optional(),
    /** Extra effects when the quarter's own choices clash with the answer (a lab opened while broadcasting). */
    clashes: z.array(clash).optional(),
  })
  .strict();

const event = z
  .object({
    id,
    title: text,
    text,
    weight: z.number().int().min(0).max(1000),
    minTurn: z.number().int().min(1),
    phases: z.array(z.number().int().min(0).max(2)).min(1),
    effects: z.array(effect),
    responses: z.array(response),
    defaultResponse: id.optional(),
    /** At most this many draws in one game (fixed events apart). */
    maxDraws: z.number().int().min(1).max(24),
    when: eventCondition.optional(),
    favouredBy: z.array(eventFavour).optional(),
  })
  .strict();

const approachOption = z
  .object({
    id,
    label: text,
    hint: text,
    cost: z.number().min(0).max(200),
    paidReach: points,
    expectation: points,
    nurture: share,
    neglect: share,
    trust: points,
    /** How much the brand is present and speaking this quarter: a pause is silence (0). */
    presence: share,
  })
  .strict();

const voiceOption = z
  .object({
    id,
    label: text,
    hint: text,
    cost: z.number().min(0).max(200),
    trustBase: points,
    trustPerCommunity: z.number().min(-1).max(1),
    trustPerReach: z.number().min(-1).max(1),
    growthFactor: factor,
    meetsExpectation: share,
    organicReach: points,
    engagement: points,
  })
  .strict();

const governanceOption = z
  .object({
    id,
    label: text,
    hint: text,
    participation: points,
    coherenceTarget: z.number().min(0).max(100),
    authenticity: factor,
    trustPerParticipation: z.number().min(0).max(1),
    dissonance: factor,
  })
  .strict();

const moveModifiers = z
  .object({
    dissonance: factor.optional(),
    growth: factor.optional(),
    buyInShield: factor.optional(),
    coherenceTarget: points.optional(),
    wordOfMouth: points.optional(),
  })
  .strict();

const move = z
  .object({
    id,
    label: text,
    hint: text,
    cost: z.number().min(0).max(200),
    minPhase: z.number().int().min(0).max(2),
    requires: z.array(id),
    immediate: varDeltas,
    perTurn: varDeltas,
    modifiers: moveModifiers,
    kpiBonus: z.partialRecord(z.enum(KPI_IDS), points),
  })
  .strict();

const objective = z
  .object({
    id,
    label: text,
    hint: text,
    alignedKpis: z.array(z.enum(KPI_IDS)),
    /** Points added to every gate threshold: a vague objective makes value hard to show. */
    gateHandicap: z.number().min(0).max(50),
  })
  .strict();

const kpi = z
  .object({
    id: z.enum(KPI_IDS),
    kind: z.enum(['vanity', 'goal']),
    label: text,
    hint: text,
    noise: z.number().min(0).max(20),
    /** How much management cares about this KPI in each phase (experimentation, marketing, business). */
    phaseFit: z.array(share).length(3),
  })
  .strict();

const gate = z
  .object({
    buyIn: z.number().min(0).max(100),
    trust: z.number().min(0).max(100),
    participation: z.number().min(0).max(100),
    valueKpi: z.number().min(0).max(100),
    holdTurns: z.number().int().min(1).max(6),
    movesAny: z.array(id),
    movesAll: z.array(id),
  })
  .strict();

const phase = z
  .object({
    id: z.enum(['experimentation', 'social-marketing', 'social-business']),
    label: text,
    text,
    /** The level an aligned KPI must show for management to see value in this phase. */
    valueBar: z.number().min(0).max(100),
    /** How much management still cares about vanity numbers in this phase. */
    vanityWeight: share,
    gate: gate.nullable(),
  })
  .strict();

const startState = z
  .object({
    trust: z.number().min(0).max(100),
    buyIn: z.number().min(0).max(100),
    community: z.number().min(0).max(100),
    wordOfMouth: z.number().min(0).max(100),
    participation: z.number().min(0).max(100),
    coherence: z.number().min(0).max(100),
    followers: z.number().min(0).max(100),
    budget: z.number().min(0).max(1000),
    governance: id,
  })
  .strict();

const tuning = z
  .object({
    communityGrowthBase: z.number().min(0).max(20),
    communityGrowthRate: share,
    communityDecay: share,
    trustBaseline: z.number().min(0).max(100),
    trustReversion: share,
    /** Above this level, gains shrink linearly to nothing at 100: the last points are the hardest. */
    headroomFrom: z.number().min(0).max(99),
    neglectDecay: share,
    continuityTrust: points,
    expectationToCommunity: share,
    expectationToTrust: share,
    abandonmentTrust: share,
    disappointment: share,
    expectationKeep: share,
    paidReachKeep: share,
    organicFromCommunity: share,
    organicFromWordOfMouth: share,
    organicFromParticipation: share,
    wordOfMouthFromBond: share,
    wordOfMouthFromParticipation: share,
    wordOfMouthPull: share,
    trustFromWordOfMouth: share,
    participationDecay: share,
    coherencePull: share,
    followersFromReach: share,
    followersDecay: share,
    fragmentationKeep: share,
    /** Share of the community's growth lost per point of fragmentation (at 100, this share is lost). */
    scatteredGrowthLoss: share,
    competitionKeep: share,
    allowanceBase: z.number().min(0).max(200),
    allowancePerBuyIn: z.number().min(0).max(5),
    budgetCap: z.number().min(0).max(1000),
    governanceChange: varDeltas,
    managementAligned: share,
    managementOtherGoal: share,
    managementVanityTrend: share,
    /** Weight of a goal KPI's progress since last quarter, relative to its level against the bar. */
    managementGoalTrend: z.number().min(0).max(5),
    managementVanityLevel: share,
    managementMaxStep: z.number().min(0).max(50),
    managementBlind: z.number().min(0).max(50),
    /** Share of the phase's bar that vanity numbers are judged against. */
    vanityBar: share,
    /** How much of management's credit for good news depends on covering the objective (0 to 1). */
    coverageWeight: share,
    /** Fatigue gained each quarter vanity numbers are shown without business value, and lost with it. */
    vanityFatigueRate: z.number().min(0).max(100),
    vanityFatigueRelief: z.number().min(0).max(100),
    /** At full fatigue, each vanity KPI shown costs this much buy-in: "so what does it bring us?" */
    vanityFatigueCost: z.number().min(0).max(20),
    patienceTurn: z.number().int().min(1),
    patienceLoss: z.number().min(0).max(20),
    dissonanceBase: factor,
    dissonanceMax: share,
    dissonanceTrust: z.number().min(0).max(50),
    dissonancePerParticipation: share,
    dissonanceBuyIn: z.number().min(0).max(50),
    dissonanceCoherence: z.number().min(0).max(50),
    cancelBelow: z.number().min(0).max(100),
    communityLostBelow: z.number().min(0).max(100),
  })
  .strict();

const debriefPrompt = z.object({ stage: z.enum(['what', 'why', 'so-what', 'now-what']), text }).strict();

/** How much a group needs to know before this scenario: shown with its length where scenarios are offered. */
export const SCENARIO_LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
export type ScenarioLevel = (typeof SCENARIO_LEVELS)[number];
const pitchText = z.object({ en: z.string().min(1).max(160), fr: z.string().min(1).max(160) }).strict();

/** The lessons of the game's domain (docs/model.md, "Lessons and how they are checked"). */
export const LESSON_IDS = [
  'L1',
  'L2',
  'L3',
  'L4',
  'L5',
  'L6',
  'L7',
  'L8',
  'L9',
  'L10',
  'L11',
  'L12',
  'L13',
] as const;

export const scenarioSchema = z
  .object({
    /** The JSON Schema an editor checks the file against; the loader ignores it (and so does the hash). */
    $schema: z.string().optional(),
    id,
    version: z.number().int().min(1),
    title: text,
    summary: text,
    /** One line that sells the case to a trainer choosing one (the summary is shown when absent). */
    pitch: pitchText.optional(),
    level: z.enum(SCENARIO_LEVELS).optional(),
    /** About how long a session with this scenario takes, briefing and debrief included. */
    minutes: z.number().int().min(10).max(600).optional(),
    /** The lessons (L1..L13) this scenario teaches, each proved by its lesson test. */
    lessons: z
      .array(z.enum(LESSON_IDS))
      .min(1)
      .refine((ids) => new Set(ids).size === ids.length, 'a lesson is listed twice')
      .optional(),
    brand: z.object({ name: z.string().min(1), sector: text, situation: text }).strict(),
    turns: z.number().int().min(4).max(24),
    start: startState,
    objectives: z.array(objective).min(1),
    approaches: z.array(approachOption).min(2),
    voices: z.array(voiceOption).min(2),
    governances: z.array(governanceOption).min(2),
    measure: z.object({ max: z.number().int().min(1).max(10), kpis: z.array(kpi).min(1) }).strict(),
    moves: z.array(move),
    maxMovesPerTurn: z.number().int().min(0).max(5),
    phases: z.array(phase).length(3),
    events: z.array(event).min(1),
    tuning,
    learningObjectives: z.array(text),
    debriefPrompts: z.array(debriefPrompt),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;
export type Text = z.infer<typeof text>;
export type Effect = z.infer<typeof effect>;
export type Outcome = z.infer<typeof outcome>;
export type ScenarioEvent = z.infer<typeof event>;
export type EventResponse = z.infer<typeof response>;
export type ApproachOption = z.infer<typeof approachOption>;
export type VoiceOption = z.infer<typeof voiceOption>;
export type GovernanceOption = z.infer<typeof governanceOption>;
export type Move = z.infer<typeof move>;
export type Objective = z.infer<typeof objective>;
export type Kpi = z.infer<typeof kpi>;
export type Phase = z.infer<typeof phase>;
export type Gate = z.infer<typeof gate>;
export type Tuning = z.infer<typeof tuning>;
