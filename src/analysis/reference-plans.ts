// The reference plans (scenarios/plans/*.json), played on a team's seed so the debrief can show "the same
// quarter of events, played as a steady community programme" beside the team's own story. Explicit imports
// (not import.meta.glob) so the same module also runs under Node for tests and tools.
import beOnSocial from '../../scenarios/plans/be-on-social.json';
import bottomUpUntrained from '../../scenarios/plans/bottom-up-untrained.json';
import campaignBroadcast from '../../scenarios/plans/campaign-broadcast.json';
import campaignThenDrop from '../../scenarios/plans/campaign-then-drop.json';
import continuityDialogue from '../../scenarios/plans/continuity-dialogue.json';
import noMoves from '../../scenarios/plans/no-moves.json';
import topDownDialogue from '../../scenarios/plans/top-down-dialogue.json';
import vanityMetrics from '../../scenarios/plans/vanity-metrics.json';
import viralGambler from '../../scenarios/plans/viral-gambler.json';
import { type GameSetup, type Plan, type PlayedPlan, parsePlan, playPlan, type Scenario } from '../sim';

/** Plan files by id (the file name), in the order the debrief offers them. */
export const REFERENCE_PLAN_FILES: Record<string, unknown> = {
  'continuity-dialogue': continuityDialogue,
  'campaign-broadcast': campaignBroadcast,
  'campaign-then-drop': campaignThenDrop,
  'vanity-metrics': vanityMetrics,
  'viral-gambler': viralGambler,
  'top-down-dialogue': topDownDialogue,
  'bottom-up-untrained': bottomUpUntrained,
  'no-moves': noMoves,
  'be-on-social': beOnSocial,
};

export const REFERENCE_PLAN_IDS = Object.keys(REFERENCE_PLAN_FILES);

/** The plans that fit a scenario (a plan naming options the scenario lacks is left out, not fatal). */
export function referencePlans(scenario: Scenario): { id: string; plan: Plan }[] {
  const out: { id: string; plan: Plan }[] = [];
  for (const [id, json] of Object.entries(REFERENCE_PLAN_FILES)) {
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
