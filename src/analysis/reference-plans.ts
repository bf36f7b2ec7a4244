// The reference plans of each bundled scenario, played on a team's seed so the debrief can show "the same
// quarter of events, played as a steady community programme" beside the team's own story. The default
// scenario's are scenarios/plans/*.json, every other scenario's scenarios/plans/<scenario id>/*.json.
// Explicit imports (not import.meta.glob) so the same module also runs under Node for tests and tools;
// tests/unit/library.test.ts checks that this list holds every file of each scenario's folder.
import bankBottomUpUntrained from '../../scenarios/plans/bank/bottom-up-untrained.json';
import bankCampaignBroadcast from '../../scenarios/plans/bank/campaign-broadcast.json';
import bankGuidelinesFirst from '../../scenarios/plans/bank/guidelines-first.json';
import bankLockedDown from '../../scenarios/plans/bank/locked-down.json';
import bankOpenFromDayOne from '../../scenarios/plans/bank/open-from-day-one.json';
import beOnSocial from '../../scenarios/plans/be-on-social.json';
import bottomUpUntrained from '../../scenarios/plans/bottom-up-untrained.json';
import campaignBroadcast from '../../scenarios/plans/campaign-broadcast.json';
import campaignThenDrop from '../../scenarios/plans/campaign-then-drop.json';
import classroomCampaignBroadcast from '../../scenarios/plans/classroom/campaign-broadcast.json';
import classroomCampaignThenContinuity from '../../scenarios/plans/classroom/campaign-then-continuity.json';
import classroomContinuityDialogue from '../../scenarios/plans/classroom/continuity-dialogue.json';
import classroomMixThenContinuity from '../../scenarios/plans/classroom/mix-then-continuity.json';
import classroomNoGuidelines from '../../scenarios/plans/classroom/no-guidelines.json';
import classroomVanityMetrics from '../../scenarios/plans/classroom/vanity-metrics.json';
import consumerCampaignBroadcast from '../../scenarios/plans/consumer/campaign-broadcast.json';
import consumerCampaignThenDrop from '../../scenarios/plans/consumer/campaign-then-drop.json';
import consumerContinuityOnly from '../../scenarios/plans/consumer/continuity-only.json';
import consumerLaunchThenContinuity from '../../scenarios/plans/consumer/launch-then-continuity.json';
import consumerPaidPushes from '../../scenarios/plans/consumer/paid-pushes.json';
import consumerStuntChaser from '../../scenarios/plans/consumer/stunt-chaser.json';
import consumerVanityMetrics from '../../scenarios/plans/consumer/vanity-metrics.json';
import continuityDialogue from '../../scenarios/plans/continuity-dialogue.json';
import industrialBottomUpUntrained from '../../scenarios/plans/industrial/bottom-up-untrained.json';
import industrialCampaignBroadcast from '../../scenarios/plans/industrial/campaign-broadcast.json';
import industrialCultureFirst from '../../scenarios/plans/industrial/culture-first.json';
import industrialPauseLater from '../../scenarios/plans/industrial/pause-later.json';
import industrialSpeakFirst from '../../scenarios/plans/industrial/speak-first.json';
import industrialTopDownDialogue from '../../scenarios/plans/industrial/top-down-dialogue.json';
import noMoves from '../../scenarios/plans/no-moves.json';
import telecomCampaignBroadcast from '../../scenarios/plans/telecom/campaign-broadcast.json';
import telecomCampaignThenDrop from '../../scenarios/plans/telecom/campaign-then-drop.json';
import telecomCarefulAndCovered from '../../scenarios/plans/telecom/careful-and-covered.json';
import telecomContinuityDialogue from '../../scenarios/plans/telecom/continuity-dialogue.json';
import telecomFastUntrained from '../../scenarios/plans/telecom/fast-untrained.json';
import telecomListenAndAnswer from '../../scenarios/plans/telecom/listen-and-answer.json';
import telecomVanityMetrics from '../../scenarios/plans/telecom/vanity-metrics.json';
import topDownDialogue from '../../scenarios/plans/top-down-dialogue.json';
import vanityMetrics from '../../scenarios/plans/vanity-metrics.json';
import viralGambler from '../../scenarios/plans/viral-gambler.json';
import { type GameSetup, type Plan, type PlayedPlan, parsePlan, playPlan, type Scenario } from '../sim';

/**
 * Plan files by scenario id, then by plan id (the file name), in the order the debrief offers them: the
 * plan the scenario teaches first, the tempting one it warns against second (the debrief and the projector
 * draw these two at once). To add a scenario's plans: import each file above, list them under its id, and
 * name each plan in src/i18n/en.json and fr.json (debrief.plan.<plan id>).
 */
export const REFERENCE_PLAN_FILES: Record<string, Record<string, unknown>> = {
  default: {
    'continuity-dialogue': continuityDialogue,
    'campaign-broadcast': campaignBroadcast,
    'campaign-then-drop': campaignThenDrop,
    'vanity-metrics': vanityMetrics,
    'viral-gambler': viralGambler,
    'top-down-dialogue': topDownDialogue,
    'bottom-up-untrained': bottomUpUntrained,
    'no-moves': noMoves,
    'be-on-social': beOnSocial,
  },
  industrial: {
    'culture-first': industrialCultureFirst,
    'speak-first': industrialSpeakFirst,
    'pause-later': industrialPauseLater,
    'bottom-up-untrained': industrialBottomUpUntrained,
    'top-down-dialogue': industrialTopDownDialogue,
    'campaign-broadcast': industrialCampaignBroadcast,
  },
  classroom: {
    'mix-then-continuity': classroomMixThenContinuity,
    'campaign-broadcast': classroomCampaignBroadcast,
    'continuity-dialogue': classroomContinuityDialogue,
    'campaign-then-continuity': classroomCampaignThenContinuity,
    'vanity-metrics': classroomVanityMetrics,
    'no-guidelines': classroomNoGuidelines,
  },
  telecom: {
    'listen-and-answer': telecomListenAndAnswer,
    'careful-and-covered': telecomCarefulAndCovered,
    'campaign-broadcast': telecomCampaignBroadcast,
    'fast-untrained': telecomFastUntrained,
    'continuity-dialogue': telecomContinuityDialogue,
    'vanity-metrics': telecomVanityMetrics,
    'campaign-then-drop': telecomCampaignThenDrop,
  },
  consumer: {
    'launch-then-continuity': consumerLaunchThenContinuity,
    'campaign-broadcast': consumerCampaignBroadcast,
    'stunt-chaser': consumerStuntChaser,
    'continuity-only': consumerContinuityOnly,
    'paid-pushes': consumerPaidPushes,
    'vanity-metrics': consumerVanityMetrics,
    'campaign-then-drop': consumerCampaignThenDrop,
  },
  bank: {
    'guidelines-first': bankGuidelinesFirst,
    'open-from-day-one': bankOpenFromDayOne,
    'locked-down': bankLockedDown,
    'campaign-broadcast': bankCampaignBroadcast,
    'bottom-up-untrained': bankBottomUpUntrained,
  },
};

/**
 * The plans of a scenario that fit it (a plan naming options the scenario lacks is left out, not fatal).
 * A custom scenario has none of its own: it gets the default scenario's that fit it.
 */
export function referencePlans(scenario: Scenario): { id: string; plan: Plan }[] {
  const own = Object.hasOwn(REFERENCE_PLAN_FILES, scenario.id) ? scenario.id : 'default';
  const files = REFERENCE_PLAN_FILES[own]!;
  const out: { id: string; plan: Plan }[] = [];
  for (const [id, json] of Object.entries(files)) {
    try {
      out.push({ id, plan: parsePlan(json, scenario) });
    } catch {
      // Written for another scenario: not offered.
    }
  }
  return out;
}

export interface ReferenceGame extends PlayedPlan {
  id: string;
  plan: Plan;
}

/** Each plan played on the same seed and session setup as the team's game. */
export function referenceGames(
  scenario: Scenario,
  seed: string,
  setup: GameSetup,
  plans: { id: string; plan: Plan }[] = referencePlans(scenario),
): ReferenceGame[] {
  return plans.map(({ id, plan }) => ({ id, plan, ...playPlan(scenario, seed, plan, setup) }));
}
