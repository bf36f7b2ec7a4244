// True KPI values, computed from the true state. The dashboard shows a noisy view of the measured ones.
import { clamp, ONE, scale } from './fixed';
import { lookup } from './lookup';
import type { Scenario, VoiceOption } from './scenario-schema';
import type { Kpis, Vars } from './types';

const MAX = 100 * ONE;

/**
 * Each KPI reflects the part of the state it measures; vanity ones follow reach, goal ones follow the bond.
 * `presence` is the approach's (0 for a pause).
 */
export function trueKpis(
  scenario: Scenario,
  vars: Vars,
  reach: number,
  voice: VoiceOption,
  moves: readonly string[],
  presence = 1,
): Kpis {
  const { community: c, trust: t, wordOfMouth: w, participation: p, competition } = vars;
  // What the voice adds is the brand talking: a silent brand (a pause) adds nothing.
  const talk = voice.engagement * presence;
  const k: Kpis = {
    followers: vars.followers,
    'page-views': scale(reach, 0.85) + scale(w, 0.15),
    likes: scale(reach, 0.6) + scale(c, 0.25),
    engagement: scale(c, 0.7) + scale(p, 0.15) + scale(ONE, talk),
    sentiment: t,
    'word-of-mouth': scale(w, 1.2) + scale(c, 0.1),
    satisfaction: scale(t, 0.55) + scale(c, 0.2) + scale(ONE, talk / 2),
    retention: scale(t, 0.45) + scale(c, 0.4),
    'support-cost': scale(c, 0.35) + scale(p, 0.2) + scale(ONE, talk),
    'share-of-voice': scale(reach, 0.45) + scale(w, 0.6) + scale(c, 0.1) - competition,
  };
  const bonuses = lookup(scenario).kpiBonus;
  for (let i = 0; i < moves.length; i++) {
    const list = bonuses.get(moves[i]!);
    if (list) for (let j = 0; j < list.length; j++) k[list[j]![0]] += list[j]![1];
  }
  // Named fields, not a loop over ids: keyed access with ten names is slow in V8 (see ledger.ts).
  k.followers = clamp(k.followers, 0, MAX);
  k['page-views'] = clamp(k['page-views'], 0, MAX);
  k.likes = clamp(k.likes, 0, MAX);
  k.engagement = clamp(k.engagement, 0, MAX);
  k.sentiment = clamp(k.sentiment, 0, MAX);
  k['word-of-mouth'] = clamp(k['word-of-mouth'], 0, MAX);
  k.satisfaction = clamp(k.satisfaction, 0, MAX);
  k.retention = clamp(k.retention, 0, MAX);
  k['support-cost'] = clamp(k['support-cost'], 0, MAX);
  k['share-of-voice'] = clamp(k['share-of-voice'], 0, MAX);
  return k;
}
